#include "ui/files/serverlogin.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)
};

} // namespace

QString ServerLogin::askAddress(QWidget *parent)
{
    bool ok = false;
    const QString address =
            QInputDialog::getText(parent, Text::tr("Connect to server"),
                                  Text::tr("The team's PostgreSQL database, as its administrator gave it:\n"
                                           "postgresql://USER@HOST/DATABASE, or service=NAME.\n"
                                           "A password is asked for when the server wants one; it is never saved."),
                                  QLineEdit::Normal, QString(), &ok)
                    .trimmed();
    return ok ? address : QString();
}

Result<std::unique_ptr<Database>> ServerLogin::open(QWidget *parent, const QString &location, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> opened = Database::open(location, mode);
    for (int attempt = 0;
         attempt < 3 && !opened.ok() && Database::namesServer(location) && Database::wantsPassword(opened.error()); ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
                parent, Text::tr("Password"),
                attempt == 0 ? Text::tr("The server asks for the password of %1:").arg(Database::displayNameOf(location))
                             : Text::tr("That password was refused for %1. Try again:").arg(Database::displayNameOf(location)),
                QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        const Result<QString> withPassword = Database::withPassword(location, password);
        if (!withPassword.ok())
            return Result<std::unique_ptr<Database>>::failure(withPassword.error());
        opened = Database::open(withPassword.value(), mode);
    }
    return opened;
}

} // namespace cac
