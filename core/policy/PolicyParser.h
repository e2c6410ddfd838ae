#pragma once
// policy.json → PolicyRules, strictly: anything it does not understand is an error, because a
// rule that was misspelt and silently ignored would leave the organisation believing it is in
// force. Errors name the line (the JSON parse error's offset, or where the offending key or
// value stands in the text) and the problem.

#include "policy/PolicyRules.h"
#include "util/Result.h"

#include <QByteArray>

#include <variant>

namespace vo {

struct PolicyProblem {
    int line = 0;     // 1-based; 0 when no line can be named
    QString problem;  // one line, translated
};

class PolicyParser {
public:
    // Every key, its type and range, class names, export kinds and language codes are checked.
    static std::variant<PolicyRules, PolicyProblem> parse(const QByteArray& json);

    // The 1-based line of a byte offset in `text`.
    static int lineAt(const QByteArray& text, qsizetype offset);
};

}  // namespace vo
