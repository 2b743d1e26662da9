#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// The codes of one vocabulary as small numbers, with their labels and places: the report's
// records keep these numbers, so that counting by code is indexing an array. Filled once, then
// only read (by the threads that read the records).
class CodeList
{
public:
    struct Code
    {
        QString code;
        QString label;
        int order = 0;
        int group = -1; // a country's zone, an actor type's family: an index in another list
        bool flag =
            false; // a programme: external funding; a country: in the EU; a département: in the region
        bool known = false; // in the vocabulary (a code met only in the records is not)
    };

    void add(Code code);
    // Adds the entry that stands for every code not in the vocabulary.
    void addUnknown();
    // The number of `code`, or of the unknown entry.
    int index(std::string_view code) const;
    // The number of `code`, or -1.
    int find(std::string_view code) const;
    const Code& at(int index) const { return m_codes.at(static_cast<size_t>(index)); }
    int size() const { return static_cast<int>(m_codes.size()); }

private:
    static size_t hash(std::string_view code);
    void rebuildSlots();

    std::vector<Code> m_codes;
    std::vector<std::string> m_keys; // the codes as UTF-8, by number
    // Open addressing on a power of two: a million lookups per table read, where a standard
    // hash map's division and hashing showed in the profile.
    std::vector<int> m_slots;
    int m_unknown = -1;
};
