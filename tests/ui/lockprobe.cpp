// A second program beside the window, as an analyst's sqlite3 would be:
//   lockprobe held FILE-shm   exit 0 if some process holds a lock on byte 128 (SQLite's
//                             "a connection is open" byte), 1 if nobody does, 2 on error
//   lockprobe write DB SQL    runs SQL on DB through its own SQLite connection and closes it,
//                             which deletes the -wal if no other process holds byte 128
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "held") == 0) {
        const int fd = ::open(argv[2], O_RDWR);
        if (fd < 0)
            return 2;
        struct flock probe
        {
        };
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 128;
        probe.l_len = 1;
        const int rc = ::fcntl(fd, F_GETLK, &probe);
        ::close(fd);
        if (rc != 0)
            return 2;
        std::printf(probe.l_type == F_UNLCK ? "free\n" : "held by %d\n", int(probe.l_pid));
        return probe.l_type == F_UNLCK ? 1 : 0;
    }
    if (argc == 4 && std::strcmp(argv[1], "write") == 0) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(argv[2], &db) != SQLITE_OK)
            return 2;
        sqlite3_busy_timeout(db, 5000);
        char *error = nullptr;
        const int rc = sqlite3_exec(db, argv[3], nullptr, nullptr, &error);
        if (rc != SQLITE_OK)
            std::fprintf(stderr, "%s\n", error ? error : "error");
        sqlite3_free(error);
        sqlite3_close(db);
        return rc == SQLITE_OK ? 0 : 2;
    }
    std::fprintf(stderr, "usage: lockprobe held FILE-shm | lockprobe write DB SQL\n");
    return 2;
}
