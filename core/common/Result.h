#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// One thing wrong with a request: which field (a column key such as "kind", or empty for the
// record as a whole) and a translated message an adviser can act on.
struct Problem
{
    enum class Kind
    {
        Data,     // the request itself: the adviser corrects it
        Storage,  // the database failed (locked, read-only, disk full, damaged): the same request may
                  // work later; the command line exits with code 3 rather than 1
        Conflict, // the record changed since it was read (an import, another window or program):
                  // saving would overwrite that change, so the adviser is shown both versions
    };

    QString field;
    QString message;
    Kind kind = Kind::Data;

    bool isStorage() const { return kind == Kind::Storage; }

    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = QList<Problem>;

// Joins problems into one line per problem, "field: message" when a field is named.
QString describeProblems(const Problems& problems);
bool hasStorageProblem(const Problems& problems);
bool hasConflict(const Problems& problems);

// The outcome of an operation that either succeeds or names what was wrong. Core code returns
// these instead of showing anything: the GUI and the CLI decide how to present the problems.
class Status
{
public:
    Status() = default;
    Status(Problems problems)
        : m_problems(std::move(problems))
    {
    }
    static Status failure(const QString& message, const QString& field = {})
    {
        return Status(Problems{Problem{field, message}});
    }
    static Status storageFailure(const QString& message)
    {
        return Status(Problems{Problem{QString(), message, Problem::Kind::Storage}});
    }

    bool ok() const { return m_problems.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Problems& problems() const { return m_problems; }
    QString message() const { return describeProblems(m_problems); }
    bool isStorageFailure() const { return hasStorageProblem(m_problems); }

private:
    Problems m_problems;
};

template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Problems problems)
        : m_problems(std::move(problems))
    {
    }
    Result(const Status& failed)
        : m_problems(failed.problems())
    {
    }
    static Result failure(const QString& message, const QString& field = {})
    {
        return Result(Problems{Problem{field, message}});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const Problems& problems() const { return m_problems; }
    QString message() const { return describeProblems(m_problems); }
    Status status() const { return Status(m_problems); }

private:
    std::optional<T> m_value;
    Problems m_problems;
};
