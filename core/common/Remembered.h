#pragma once

// The value `memo` keeps for `key`, computed by `compute` the first time: for lookups that a file
// repeats on many of its rows (a département, a commune, a vocabulary value, a column). The
// reference is valid until the memo next changes.
template <typename Memo, typename Key, typename Compute>
const typename Memo::mapped_type& remembered(Memo& memo, const Key& key, const Compute& compute)
{
    auto found = memo.constFind(key);
    if (found == memo.cend())
        found = memo.insert(key, compute());
    return *found;
}
