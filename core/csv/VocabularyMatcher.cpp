#include "VocabularyMatcher.h"

#include "common/Remembered.h"
#include "common/TextFolding.h"
#include "refdata/TsvTable.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

VocabularyMatcher::VocabularyMatcher(const QSqlDatabase& db, const QString& table)
    : m_table(table)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT code, label_fr, label_en FROM %1 ORDER BY sort_order, code").arg(table)))
        return;
    QHash<QString, QSet<QString>> partCodes; // folded part of a label → the codes it is part of
    while (query.next()) {
        const QString code = query.value(0).toString();
        m_labels.append({TextFolding::key(query.value(1).toString()), query.value(1).toString()});
        for (int i = 0; i < 3; ++i)
            m_codes.insert(TextFolding::key(query.value(i).toString()), code);
        for (int i = 1; i < 3; ++i) {
            for (const QString& part : labelParts(query.value(i).toString()))
                partCodes[TextFolding::key(part)].insert(code);
        }
    }
    // A code or a whole label first, then the listed spellings, then a part of one label only:
    // "Formation" is part of « Éducation, formation » and of no other label.
    addAliases(db, table);
    for (auto it = partCodes.cbegin(); it != partCodes.cend(); ++it) {
        if (it.value().size() == 1 && !it.key().isEmpty() && !m_codes.contains(it.key()))
            m_codes.insert(it.key(), *it.value().cbegin());
    }
}

void VocabularyMatcher::addAliases(const QSqlDatabase& db, const QString& table)
{
    // The observatory's own spellings (ValueAliases) first, then the shipped ones.
    QSqlQuery kept(db);
    kept.prepare(
        QStringLiteral("SELECT a.alias_key, a.code FROM ref_vocabulary_alias a WHERE a.vocabulary = ? AND "
                       "EXISTS (SELECT 1 FROM %1 v WHERE v.code = a.code)")
            .arg(table));
    kept.addBindValue(table);
    if (kept.exec()) {
        while (kept.next()) {
            if (!m_codes.contains(kept.value(0).toString()))
                m_codes.insert(kept.value(0).toString(), kept.value(1).toString());
        }
    }
    static const std::optional<TsvTable> aliases =
        TsvTable::read(QStringLiteral(":/refdata/vocabulary_aliases.tsv"));
    if (!aliases)
        return;
    const int vocabularyColumn = aliases->column(QStringLiteral("vocabulary"));
    const int aliasColumn = aliases->column(QStringLiteral("alias"));
    const int codeColumn = aliases->column(QStringLiteral("code"));
    const QList<QString> codes = m_codes.values();
    const QSet<QString> existing(codes.cbegin(), codes.cend());
    for (const QStringList& row : aliases->rows()) {
        // An alias of a code that an adviser removed from the vocabulary stands for nothing.
        const QString key = TextFolding::key(row.value(aliasColumn));
        if (row.value(vocabularyColumn) == table && existing.contains(row.value(codeColumn)) &&
            !m_codes.contains(key))
            m_codes.insert(key, row.value(codeColumn));
    }
}

QStringList VocabularyMatcher::labelParts(const QString& label)
{
    static const QRegularExpression parenthesis(QStringLiteral("\\(([^()]*)\\)"));
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|\\s[–—-]\\s|\\sou\\s|\\sor\\s)\\s*"));
    QStringList parts;
    // « Porteur (maître d'ouvrage) », « ECSI (éducation à la citoyenneté…) »: another name. A list
    // in a parenthesis, « Établissement scolaire (école, collège, lycée) », gives examples, which
    // the aliases name one by one where they help.
    QString outside = label;
    for (QRegularExpressionMatchIterator it = parenthesis.globalMatch(label); it.hasNext();) {
        const QString inside = it.next().captured(1).trimmed();
        if (!inside.contains(QLatin1Char(',')) && !inside.isEmpty())
            parts << inside;
    }
    outside.remove(parenthesis);
    const QStringList items = outside.split(separators, Qt::SkipEmptyParts);
    if (items.size() > 1) {
        for (const QString& item : items)
            parts << item.trimmed();
    } else if (!parts.isEmpty()) {
        parts << outside.trimmed(); // « Porteur » for « Porteur (maître d'ouvrage) »
    }
    return parts;
}

QString VocabularyMatcher::find(const QString& text) const
{
    return remembered(m_found, text, [&] { return m_codes.value(TextFolding::key(text)); });
}

QString VocabularyMatcher::hint(const QString& text) const
{
    // More than this many labels hold the text: it says too little to choose among them.
    constexpr qsizetype kMostShown = 4;
    const QString key = TextFolding::key(text);
    if (key.size() < 3)
        return {};
    QStringList labels;
    for (const auto& [folded, label] : m_labels) {
        if (folded.contains(key))
            labels << label;
    }
    if (labels.isEmpty() || labels.size() > kMostShown)
        return {};
    return tr(" (perhaps: %1)").arg(labels.join(QLatin1String(", ")));
}
