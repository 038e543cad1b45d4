#include "documentbuilder.h"

#include <QTextBlock>
#include <QTextTable>

namespace cac {

namespace {

QTextCharFormat textFormat(double points, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

const QColor BorderColour(0x80, 0x80, 0x80);

QString joinedLines(const QString &text)
{
    QString lines = text;
    return lines.replace(u'\n', QChar::LineSeparator);
}

} // namespace

DocumentBuilder::DocumentBuilder(PagedDocument &document) : m_document(document), m_cursor(&document.document())
{
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    QTextBlockFormat block = format;
    if (m_breakNext)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    if (m_blockEmpty) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_blockEmpty = false;
    } else {
        m_cursor.insertBlock(block, charFormat);
    }
}

void DocumentBuilder::heading(const QString &text, int level, Contents contents)
{
    static const double sizes[] = {18, 14, 12, 11};
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setTopMargin(level <= 2 ? 12 : 8);
    format.setBottomMargin(4);
    format.setProperty(PagedDocument::KeepWithNext, true);
    if (contents == Contents::Listed) {
        format.setProperty(PagedDocument::ContentsTarget, int(m_listed.size()));
        m_listed << text;
        m_listedLevels << level;
    }
    const QTextCharFormat chars = textFormat(sizes[std::clamp(level, 1, 4) - 1], true);
    newBlock(format, chars);
    m_cursor.insertText(text, chars);
}

void DocumentBuilder::paragraph(const QString &text, bool bold)
{
    QTextBlockFormat format;
    format.setBottomMargin(4);
    const QTextCharFormat chars = textFormat(10, bold);
    newBlock(format, chars);
    m_cursor.insertText(joinedLines(text), chars);
}

void DocumentBuilder::facts(const QList<std::pair<QString, QString>> &facts)
{
    QTextBlockFormat format;
    format.setBottomMargin(4);
    newBlock(format, textFormat(10, false));
    bool first = true;
    for (const auto &[label, value] : facts) {
        if (!first)
            m_cursor.insertText(QString(QChar::LineSeparator), textFormat(10, false));
        first = false;
        m_cursor.insertText(label + QStringLiteral(": "), textFormat(10, true));
        m_cursor.insertText(value, textFormat(10, false));
    }
}

int DocumentBuilder::html(const QString &fragment)
{
    newBlock();
    const int begin = m_cursor.position();
    m_cursor.insertHtml(fragment);
    return begin;
}

QTextTable *DocumentBuilder::table(const Table &spec)
{
    // Straight after what precedes it: an empty paragraph between a heading and its table would
    // be what the heading is kept with.
    QTextTableFormat format;
    if (m_breakNext)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    format.setHeaderRowCount(spec.headers.isEmpty() ? 0 : 1);
    // Collapsed borders, drawn by each cell: a grid of thin lines, in points.
    format.setBorderCollapse(true);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(BorderColour);
    format.setBorder(0.5);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const int w : spec.widthPercent)
        widths << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(widths);
    const int columns = int(spec.headers.isEmpty() ? (spec.rows.isEmpty() ? 1 : spec.rows.first().size()) : spec.headers.size());
    const int headerRows = spec.headers.isEmpty() ? 0 : 1;
    // One edit: the layout runs once for the table, not once for each cell filled.
    m_cursor.beginEditBlock();
    QTextTable *table = m_cursor.insertTable(int(spec.rows.size()) + headerRows, columns, format);
    const auto fill = [&](int row, int column, const QString &text, bool header) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat block;
        if (spec.alignRight.value(column))
            block.setAlignment(Qt::AlignRight);
        cursor.setBlockFormat(block);
        QTextTableCellFormat edges;
        edges.setBorder(0.5);
        edges.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        edges.setBorderBrush(BorderColour);
        if (header)
            edges.setBackground(QColor(0xe8, 0xe8, 0xe8));
        cell.setFormat(edges);
        const QString lines = joinedLines(text);
        const bool boldFirst = header || spec.firstLineBold.value(column);
        const qsizetype split = boldFirst && !header ? lines.indexOf(QChar::LineSeparator) : -1;
        if (boldFirst && split < 0) {
            cursor.insertText(lines, textFormat(9, true));
        } else if (boldFirst) {
            cursor.insertText(lines.left(split), textFormat(9, true));
            cursor.insertText(lines.mid(split), textFormat(9, false));
        } else {
            cursor.insertText(lines, textFormat(9, false));
        }
    };
    for (int c = 0; c < spec.headers.size(); ++c)
        fill(0, c, spec.headers.at(c), true);
    for (int r = 0; r < spec.rows.size(); ++r) {
        for (int c = 0; c < columns; ++c)
            fill(r + headerRows, c, spec.rows.at(r).value(c), false);
    }
    m_cursor.endEditBlock();
    m_cursor.movePosition(QTextCursor::End);
    // Qt keeps an empty block after a table, shaped like the block the table went into (a
    // heading, say): plain, it takes what comes next.
    m_cursor.setBlockFormat(QTextBlockFormat());
    m_cursor.setBlockCharFormat(QTextCharFormat());
    m_blockEmpty = true;
    return table;
}

void DocumentBuilder::contentsHere()
{
    newBlock();
    m_contentsAt = m_cursor;
    m_contentsAt->setKeepPositionOnInsert(true); // what is written next goes after it
}

void DocumentBuilder::finish()
{
    if (!m_contentsAt || m_listed.isEmpty())
        return;
    Table contents;
    contents.widthPercent = {88, 12};
    contents.alignRight = {false, true};
    for (int i = 0; i < m_listed.size(); ++i) {
        const QString indent(m_listedLevels.at(i) > 2 ? 4 : 0, u' ');
        contents.rows << QStringList{indent + m_listed.at(i), QString()};
    }
    // Written where contentsHere() left room, with the cursor put back at the end afterwards.
    const QTextCursor end = m_cursor;
    const bool emptyAtEnd = m_blockEmpty;
    m_cursor = *m_contentsAt;
    m_blockEmpty = true;
    QTextTable *written = table(contents);
    for (int i = 0; i < m_listed.size(); ++i) {
        QTextCursor cell = written->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat format = cell.blockFormat();
        format.setProperty(PagedDocument::ContentsPage, i);
        cell.setBlockFormat(format);
    }
    m_cursor = end;
    m_cursor.movePosition(QTextCursor::End);
    m_blockEmpty = emptyAtEnd;
    m_contentsAt.reset();
}

void DocumentBuilder::chart(const ChartData &data, QSizeF inches)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(6);
    newBlock(format);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_document.charts().add(data, inches));
}

void DocumentBuilder::pageBreak()
{
    if (!m_document.document().isEmpty())
        m_breakNext = true;
}

void DocumentBuilder::markDraftFrom(int from)
{
    QTextBlockFormat mark;
    mark.setProperty(PagedDocument::DraftText, true);
    const int to = m_cursor.position();
    for (QTextBlock block = m_document.document().findBlock(from); block.isValid() && block.position() <= to;
         block = block.next())
        QTextCursor(block).mergeBlockFormat(mark);
}

} // namespace cac
