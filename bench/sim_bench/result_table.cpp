#include "result_table.h"

#include <cstdio>

namespace hangar::bench {

namespace {

constexpr int kMeasureWidth = 52;
constexpr int kFigureWidth = 38;
constexpr int kTargetWidth = 18;

} // namespace

void ResultTable::add(std::string measure, std::string figure, std::string target, std::optional<bool> met)
{
    m_rows.push_back(
        {std::move(measure), std::move(figure), std::move(target), met ? (*met ? "met" : "MISSED") : ""});
}

void ResultTable::note(std::string text)
{
    m_notes.push_back(std::move(text));
}

void ResultTable::print() const
{
    std::printf("\n%-*s %-*s %-*s %s\n", kMeasureWidth, "measure", kFigureWidth, "figure", kTargetWidth, "target", "");
    std::printf("%s\n", std::string(kMeasureWidth + kFigureWidth + kTargetWidth + 9, '-').c_str());
    for (const Row& row : m_rows)
        std::printf("%-*s %-*s %-*s %s\n", kMeasureWidth, row.measure.c_str(), kFigureWidth, row.figure.c_str(),
                    kTargetWidth, row.target.c_str(), row.verdict.c_str());
    for (const std::string& text : m_notes)
        std::printf("note: %s\n", text.c_str());
    std::fflush(stdout);
}

int ResultTable::missed() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.verdict == "MISSED" ? 1 : 0;
    return count;
}

std::string formatFigure(const char* pattern, double a, double b, double c)
{
    char text[160];
    std::snprintf(text, sizeof(text), pattern, a, b, c);
    return text;
}

} // namespace hangar::bench
