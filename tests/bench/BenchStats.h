// SPDX-License-Identifier: GPL-3.0-or-later
// Order statistics of the benchmarks' samples.
#pragma once

#include <algorithm>
#include <vector>

namespace dispatch::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline double p99(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
}

} // namespace dispatch::bench
