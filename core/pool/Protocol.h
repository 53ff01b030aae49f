#pragma once

#include "model/PageResult.h"
#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"

#include <QByteArray>
#include <QCborMap>
#include <QImage>
#include <QString>

#include <optional>

namespace quire::protocol {

/// Coordinator and workers talk over the worker's stdin/stdout in frames: a
/// 4-byte big-endian payload length, then a CBOR map with at least
/// {"v": version, "type": name}. A frame larger than kMaxFrameBytes, a payload
/// that is not a CBOR map, or a wrong version is an error, never a hang.
inline constexpr int kVersion = 2;
inline constexpr qint64 kMaxFrameBytes = 64 * 1024 * 1024;

/// Message types.
namespace type {
inline const QString Hello = QStringLiteral("hello");         ///< worker → coordinator, once ready
inline const QString Configure = QStringLiteral("configure"); ///< coordinator → worker, first message
inline const QString Probe = QStringLiteral("probe");         ///< coordinator → worker: count a document's pages
inline const QString Page = QStringLiteral("page");           ///< coordinator → worker: process one page
inline const QString Probed = QStringLiteral("probed");       ///< worker → coordinator
inline const QString Result = QStringLiteral("result");       ///< worker → coordinator
inline const QString Heartbeat = QStringLiteral("heartbeat"); ///< worker → coordinator, while working
inline const QString Error = QStringLiteral("error");         ///< either way: fatal for the sender
inline const QString Shutdown = QStringLiteral("shutdown");   ///< coordinator → worker: finish and exit
inline const QString Preview = QStringLiteral("preview");     ///< window → preview worker: render a page for people
inline const QString Previewed = QStringLiteral("previewed"); ///< preview worker → window
} // namespace type

/// The role a worker is configured for ("role" of the configure frame):
/// recognizing pages for a run, or rendering pages for a person to look at
/// (no OCR model is loaded then).
inline const QString kRolePreview = QStringLiteral("preview");

/// Serialises @p message into one frame (adds "v").
QByteArray encodeFrame(QCborMap message);

/// Reassembles frames from a byte stream that arrives in arbitrary pieces.
class FrameReader final
{
public:
    void append(const QByteArray &bytes);
    /// The next complete message, if any. On a protocol violation returns
    /// nothing and sets error(); the stream is unusable afterwards.
    std::optional<QCborMap> next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    QString m_error;
};

QCborMap toCbor(const PageResult &result);
PageResult pageResultFromCbor(const QCborMap &map);

QCborMap toCbor(const DocumentProbe &probe);
DocumentProbe documentProbeFromCbor(const QCborMap &map);

/// An image as raw pixels; a null image is an empty map.
QCborMap toCbor(const QImage &image);
/// The image of toCbor(); null when the map is malformed.
QImage imageFromCbor(const QCborMap &map);

} // namespace quire::protocol
