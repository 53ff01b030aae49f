#pragma once

namespace quire {

/// Installs the translators of a Quire executable: English plural forms for
/// the source strings, then Quire's and Qt's own catalogues for the system
/// locale (QM files in ../translations beside the executable in a build
/// tree, ../share/quire/translations when installed). Call once, after the
/// Q(Core)Application exists. Also puts the C library's LC_NUMERIC back to
/// "C", which the libraries that parse numbers with it need.
void installTranslations();

} // namespace quire
