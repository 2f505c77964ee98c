#pragma once

// The bench's one table: measure, figure, target, and whether the target was met.

#include <optional>
#include <string>
#include <vector>

namespace hangar::bench {

class ResultTable
{
public:
    /// A row; `met` empty means the measure has no target.
    void add(std::string measure, std::string figure, std::string target = {}, std::optional<bool> met = {});
    void note(std::string text);
    /// Prints the rows and then the notes to stdout.
    void print() const;
    /// Rows whose target was missed.
    int missed() const;

private:
    struct Row
    {
        std::string measure;
        std::string figure;
        std::string target;
        std::string verdict;
    };
    std::vector<Row> m_rows;
    std::vector<std::string> m_notes;
};

/// printf-style formatting of up to three numbers.
std::string formatFigure(const char* pattern, double a, double b = 0, double c = 0);

} // namespace hangar::bench
