#include "policy/PolicyParser.h"

#include "policy/TesseractLanguages.h"
#include "vault/RetentionPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace vo {
namespace {

// QCoreApplication::translate with the context spelt out: lupdate would otherwise file the
// Validator's messages under "vo::Validator", which the GUI's translator never looks in.
constexpr int kMaxRetentionDays = int(kMaxRetentionSeconds / kSecondsPerDay);
constexpr int kMaxAutoLockMinutes = 24 * 60;  // the settings dialog's range
constexpr int kMaxClipboardSeconds = 3600;

// Where a key (path = the keys of the enclosing objects, then the key) or a string inside the
// array at `path` stands in the text. QJsonDocument keeps no positions, so this walks the text
// once: strings, nesting and the key each object level is currently in.
qsizetype locate(const QByteArray& text, const QStringList& path, const QString& arrayValue = {})
{
    struct Level {
        bool object;
        QString key;
    };
    std::vector<Level> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' || c == '[') {
            stack.push_back({c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == '"') {
            const qsizetype start = i;
            QByteArray raw;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < text.size())
                    raw += text[i++];
                raw += text[i];
            }
            const QString s = QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
            qsizetype j = i + 1;
            while (j < text.size() && QChar::isSpace(uchar(text[j])))
                ++j;
            QStringList keys;
            for (const Level& l : stack) {
                if (l.object)
                    keys << l.key;
            }
            if (!stack.empty() && stack.back().object && j < text.size() && text[j] == ':') {
                stack.back().key = s;
                keys.last() = s;
                if (arrayValue.isEmpty() && keys == path)
                    return start;
            } else if (!arrayValue.isEmpty() && !stack.empty() && !stack.back().object && s == arrayValue
                       && keys == path) {
                return start;
            }
        }
    }
    return -1;
}

class Validator {
public:
    explicit Validator(const QByteArray& text) : m_text(text) {}

    std::optional<PolicyProblem> problem;

    void fail(const QStringList& path, const QString& message, const QString& arrayValue = {})
    {
        if (problem)
            return;
        const qsizetype at = locate(m_text, path, arrayValue);
        problem = PolicyProblem{at < 0 ? 0 : PolicyParser::lineAt(m_text, at), message};
    }

    // A whole number in [min, max]; nullopt after fail().
    std::optional<int> wholeNumber(const QJsonValue& v, const QStringList& path, int min, int max)
    {
        const QString key = path.last();
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) {
            fail(path, QCoreApplication::translate("PolicyParser", "\"%1\" must be a whole number").arg(key));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(path, d < 0 ? QCoreApplication::translate("PolicyParser", "\"%1\" must not be negative").arg(key)
                             : QCoreApplication::translate("PolicyParser", "\"%1\" must be from %2 to %3").arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    // An array of strings; nullopt after fail().
    std::optional<QStringList> strings(const QJsonValue& v, const QStringList& path)
    {
        if (!v.isArray()) {
            fail(path, QCoreApplication::translate("PolicyParser", "\"%1\" must be a list of strings").arg(path.last()));
            return std::nullopt;
        }
        QStringList out;
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString()) {
                fail(path, QCoreApplication::translate("PolicyParser", "\"%1\" must be a list of strings").arg(path.last()));
                return std::nullopt;
            }
            out << e.toString();
        }
        return out;
    }

    void classRules(const QString& name, const QJsonValue& v, ClassRules& out)
    {
        const QStringList path{QStringLiteral("classes"), name};
        if (!v.isObject())
            return fail(path, QCoreApplication::translate("PolicyParser", "class \"%1\" must be an object").arg(name));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QStringList keyPath = path + QStringList{it.key()};
            if (it.key() == QLatin1String("max_retention_days")) {
                out.maxRetentionDays = wholeNumber(it.value(), keyPath, 1, kMaxRetentionDays);
            } else if (it.key() == QLatin1String("exports")) {
                const auto names = strings(it.value(), keyPath);
                if (!names)
                    return;
                QList<ExportKind> kinds;
                for (const QString& n : *names) {
                    const auto kind = parseExportKindName(n);
                    if (!kind)
                        return fail(keyPath, QCoreApplication::translate("PolicyParser", "unknown export kind \"%1\" (known: pdf, pdf-encrypted, pdfa, txt, "
                                                "hocr, alto, original)").arg(n), n);
                    if (!kinds.contains(*kind))
                        kinds << *kind;
                }
                out.exports = kinds;
            } else {
                return fail(keyPath, QCoreApplication::translate("PolicyParser", "unknown key \"%1\" in class \"%2\"").arg(it.key(), name));
            }
        }
    }

    void top(const QJsonObject& o, PolicyRules& out)
    {
        for (auto it = o.begin(); it != o.end() && !problem; ++it) {
            const QString key = it.key();
            const QStringList path{key};
            if (key == QLatin1String("classes")) {
                if (!it.value().isObject())
                    return fail(path, QCoreApplication::translate("PolicyParser", "\"classes\" must be an object"));
                const QJsonObject classes = it.value().toObject();
                for (auto c = classes.begin(); c != classes.end() && !problem; ++c) {
                    const auto cls = parseSensitivityClass(c.key());
                    if (!cls || c.key() != sensitivityClassName(*cls))
                        return fail(path + QStringList{c.key()},
                                    QCoreApplication::translate("PolicyParser", "unknown class \"%1\" (known: low, moderate, high)").arg(c.key()));
                    classRules(c.key(), c.value(), out.classes[size_t(*cls)]);
                }
            } else if (key == QLatin1String("require_passphrase")) {
                if (!it.value().isBool())
                    return fail(path, QCoreApplication::translate("PolicyParser", "\"require_passphrase\" must be true or false"));
                out.requirePassphrase = it.value().toBool();
            } else if (key == QLatin1String("min_auto_lock_minutes")) {
                out.minAutoLockMinutes = wholeNumber(it.value(), path, 1, kMaxAutoLockMinutes);
            } else if (key == QLatin1String("max_clipboard_seconds")) {
                out.maxClipboardSeconds = wholeNumber(it.value(), path, 1, kMaxClipboardSeconds);
            } else if (key == QLatin1String("allowed_languages")) {
                const auto codes = strings(it.value(), path);
                if (!codes)
                    return;
                if (codes->isEmpty())
                    return fail(path, QCoreApplication::translate("PolicyParser", "\"allowed_languages\" must name at least one language"));
                for (const QString& code : *codes) {
                    if (!isKnownTesseractLanguage(code))
                        return fail(path, QCoreApplication::translate("PolicyParser", "unknown language \"%1\" (use tesseract's codes, e.g. eng, deu, fra)")
                                              .arg(code), code);
                }
                out.allowedLanguages = *codes;
            } else {
                return fail(path, QCoreApplication::translate("PolicyParser", "unknown key \"%1\"").arg(key));
            }
        }
    }

private:
    const QByteArray& m_text;
};

}  // namespace

int PolicyParser::lineAt(const QByteArray& text, qsizetype offset)
{
    return int(text.left(qMax<qsizetype>(0, offset)).count('\n')) + 1;
}

std::variant<PolicyRules, PolicyProblem> PolicyParser::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return PolicyProblem{lineAt(json, error.offset), QCoreApplication::translate("PolicyParser", "not valid JSON: %1").arg(error.errorString())};
    if (!doc.isObject())
        return PolicyProblem{1, QCoreApplication::translate("PolicyParser", "the policy must be a JSON object { … }")};
    PolicyRules rules;
    Validator v(json);
    v.top(doc.object(), rules);
    if (v.problem)
        return *v.problem;
    return rules;
}

}  // namespace vo
