#pragma once

// Two saves from the same version of a record: `theirs` was written meanwhile (an import, another
// window or program), `mine` is what the adviser is saving now, `base` what both started from.
// The merge keeps theirs and puts over it each field the adviser changed — so that changing the
// region in the editor does not write back the source and notes an import changed meanwhile. A
// field both changed takes the adviser's value (the conflict dialog shows it first).
namespace RecordMerge {

template <typename Record, typename... Members>
Record changesOver(const Record& base, const Record& mine, const Record& theirs, Members... members)
{
    Record merged = theirs;
    ((merged.*members = mine.*members != base.*members ? mine.*members : theirs.*members), ...);
    return merged;
}

} // namespace RecordMerge
