#pragma once

#include "util/Result.h"

#include <QString>

#include <vector>

namespace vo {

// "1,3-5,9-": 1-based page numbers over the concatenation of all inputs, in the order given.
class PageSelection {
public:
    static Result<PageSelection> parse(const QString& spec);  // empty spec = all pages
    bool contains(int pageNumber1Based) const;
    bool isAll() const { return m_ranges.empty(); }

private:
    std::vector<std::pair<int, int>> m_ranges;  // inclusive; second = INT_MAX for open ends
};

}  // namespace vo
