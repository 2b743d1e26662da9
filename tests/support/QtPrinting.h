#pragma once

// Lets Catch2 print Qt values in failed assertions.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

} // namespace Catch
