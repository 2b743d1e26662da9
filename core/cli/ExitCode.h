#pragma once

// The exit codes of the command line (a contract: scripts rely on them).
enum ExitCode : int
{
    Success = 0,
    DataProblems = 1,        // bad data: an import with errors (nothing written), problems found by check
    UsageError = 2,          // unknown command or option, missing argument
    DatabaseUnavailable = 3, // unavailable, locked, corrupt or of a newer schema
};
