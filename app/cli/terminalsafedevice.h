#pragma once

#include <QIODevice>

#include <cstdio>

namespace cac {

// Standard output or error for the command line, which never passes a control character
// through: names come from files and databases that other programs write, and an escape
// sequence in one ("ESC ]0;...BEL") would drive the reader's terminal. C0 controls other than
// tab and line breaks, DEL and C1 controls are written as U+FFFD.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(std::FILE *stream);
    bool isSequential() const override { return true; }
    // Replaces the control characters of UTF-8 text; other bytes pass as they are.
    static QByteArray cleaned(QByteArrayView bytes);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    bool m_afterC2 = false; // a C1 control is C2 80..9F in UTF-8: the C2 may end a write
};

} // namespace cac
