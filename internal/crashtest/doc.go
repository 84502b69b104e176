// Package crashtest holds no code, only a test: it runs an import, an
// export and a backup in a child process, kills it with SIGKILL at random
// moments and checks after each kill that the database is sound, the
// import happened wholly or not at all, and no cut-off file sits where an
// export or a backup goes. The test runs without the race detector (make
// test runs it on its own), on Linux and macOS.
package crashtest
