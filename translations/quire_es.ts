<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PageProcessor</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>image cleanup failed: %1</source>
        <translation>falló la limpieza de la imagen: %1</translation>
    </message>
    <message>
        <source>recognition failed: %1</source>
        <translation>falló el reconocimiento: %1</translation>
    </message>
    <message>
        <source>the OCR engine is not ready: %1</source>
        <translation>el motor de OCR no está listo: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the document has %n page(s)</source>
        <translation>
            <numerusform>el documento tiene %n página</numerusform>
            <numerusform>el documento tiene %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>out of memory; try a lower --dpi</source>
        <translation>memoria insuficiente; pruebe con un --dpi más bajo</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1/%2 pages</source>
        <translation>%1/%2 páginas</translation>
    </message>
    <message numerus="yes">
        <source> (+%n document(s) being opened)</source>
        <translation>
            <numerusform> (+%n documento abriéndose)</numerusform>
            <numerusform> (+%n documentos abriéndose)</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 pages/min  ETA %2</source>
        <translation>  %1 páginas/min  restante %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n failed</source>
        <translation>
            <numerusform>  %n fallida</numerusform>
            <numerusform>  %n fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>Comando desconocido: &apos;%1&apos;.

%2</translation>
    </message>
    <message>
        <source>Batch OCR for folders of PDFs and scans. Files and folders given are added to the run.</source>
        <translation>OCR por lotes para carpetas de PDF y escaneos. Los archivos y carpetas indicados se añaden a la ejecución.</translation>
    </message>
    <message>
        <source>Database file (default: the one used last).</source>
        <translation>Archivo de base de datos (predeterminado: el último usado).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Files and folders to process.</source>
        <translation>Archivos y carpetas que procesar.</translation>
    </message>
    <message>
        <source>Usage: quire-cli COMMAND [options]

Commands:
  run PATH...     OCR files and folders (PDF, PNG, JPEG, TIFF) into a database
  export          write a database&apos;s results as CSV, text, hOCR or SQLite
  eval            score stored text against ground-truth files
  bench PATH...   measure pages/min per worker count and find the sweet spot
  watch DIR...    OCR every document that arrives in folders, until stopped
  submit PATH...  OCR on a Slurm cluster: one job array of shards, merged into the database
  merge           merge the shard databases of ended cluster tasks into the database
  status          show a database&apos;s progress, and that of its cluster jobs

Run &apos;quire-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Uso: quire-cli ORDEN [opciones]

Órdenes:
  run RUTA...     OCR de archivos y carpetas (PDF, PNG, JPEG, TIFF) en una base de datos
  export          escribir los resultados de una base de datos como CSV, texto, hOCR o SQLite
  eval            puntuar el texto guardado frente a archivos de referencia
  bench RUTA...   medir páginas/min por número de trabajadores y hallar el punto óptimo
  watch DIR...    OCR de cada documento que llegue a unas carpetas, hasta que se detenga
  submit RUTA...  OCR en un clúster Slurm: un job array de fragmentos, fusionados en la base de datos
  merge           fusionar en la base de datos las bases de fragmentos de tareas del clúster terminadas
  status          mostrar el progreso de una base de datos y el de sus trabajos en el clúster

Ejecute &apos;quire-cli ORDEN --help&apos; para ver las opciones de una orden.</translation>
    </message>
</context>
<context>
    <name>quire::BatchRun</name>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>falló %n página</numerusform>
            <numerusform>fallaron %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since its pages were submitted (its content is not the same); submit the batch again</source>
        <translation>%1 cambió desde que se enviaron sus páginas (su contenido no es el mismo); envíe el lote de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1, page %2: the document has %n page(s); submit the batch again</source>
        <translation>
            <numerusform>%1, página %2: el documento tiene %n página; envíe el lote de nuevo</numerusform>
            <numerusform>%1, página %2: el documento tiene %n páginas; envíe el lote de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is being processed; add it again once it is done.</source>
        <translation>%1 se está procesando; vuelva a añadirlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>quire::ClusterBatches</name>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>batch %1, %2 (job %3) is %4; it is merged once it ends.</source>
        <translation>lote %1, %2 (trabajo %3) está %4; se fusiona cuando termine.</translation>
    </message>
    <message>
        <source>batch %1, %2: %3</source>
        <translation>lote %1, %2: %3</translation>
    </message>
    <message>
        <source>batch %1, %2 may still be running (Slurm could not be asked); its database is kept and merged again next time.</source>
        <translation>lote %1, %2: puede que siga en marcha (no se pudo consultar a Slurm); su base de datos se conserva y se fusiona de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>the task ended %1</source>
        <translation>la tarea terminó %1</translation>
    </message>
    <message>
        <source>its database is not merged yet; run quire-cli merge</source>
        <translation>su base de datos aún no está fusionada; ejecute quire-cli merge</translation>
    </message>
    <message>
        <source>the task did not finish</source>
        <translation>la tarea no terminó</translation>
    </message>
    <message>
        <source>%1, page %2 failed</source>
        <translation>%1, falló la página %2</translation>
    </message>
    <message>
        <source>%1: %2, pages %3 were not processed (%4); submit the same command again to do them.</source>
        <translation>%1: %2, las páginas %3 no se procesaron (%4); envíe la misma orden de nuevo para hacerlas.</translation>
    </message>
    <message numerus="yes">
        <source>batch %1, %2: %n page(s) added, %3 replaced, %4 already there</source>
        <translation>
            <numerusform>lote %1, %2: %n página añadida, %3 sustituidas, %4 ya presentes</numerusform>
            <numerusform>lote %1, %2: %n páginas añadidas, %3 sustituidas, %4 ya presentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::Coordinator</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>saliendo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>reported an error: %1</source>
        <translation>informó de un error: %1</translation>
    </message>
    <message>
        <source>answered a job it was not given</source>
        <translation>respondió a un trabajo que no se le había asignado</translation>
    </message>
    <message>
        <source>Worker %1 uses %2 MB of memory after %3, page %4 (limit %5 MB); replacing it.</source>
        <translation>El trabajador %1 usa %2 MB de memoria tras %3, página %4 (límite: %5 MB); se sustituye.</translation>
    </message>
    <message>
        <source>sent an unexpected &apos;%1&apos; message</source>
        <translation>envió un mensaje &apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Worker %1 %2 on %3 (attempt %4 of %5).</source>
        <translation>El trabajador %1 %2 en %3 (intento %4 de %5).</translation>
    </message>
    <message>
        <source>%1: the worker %2 while opening it, %3; skipped.</source>
        <translation>%1: el trabajador %2 al abrirlo, %3; se omite.</translation>
    </message>
    <message>
        <source>%1: the worker %2 on this page %3; the page is quarantined.</source>
        <translation>%1: el trabajador %2 en esta página %3; la página queda en cuarentena.</translation>
    </message>
    <message>
        <source>Worker %1 %2.</source>
        <translation>El trabajador %1 %2.</translation>
    </message>
    <message>
        <source>quire-worker %1%2</source>
        <translation>quire-worker %1%2</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>fue detenido</translation>
    </message>
    <message>
        <source>The run stopped because its results cannot be saved. %1 Everything saved before is kept: free some disk space or make the database writable, and start the same run again to continue.</source>
        <translation>La ejecución se detuvo porque sus resultados no se pueden guardar. %1 Se conserva todo lo guardado antes: libere espacio en disco o haga que se pueda escribir en la base de datos, e inicie de nuevo la misma ejecución para continuar.</translation>
    </message>
</context>
<context>
    <name>quire::CsvExporter</name>
    <message>
        <source>Could not create the CSV file %1: %2. Check that the folder exists and can be written.</source>
        <translation>No se pudo crear el archivo CSV %1: %2. Compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2. Check free disk space.</source>
        <translation>No se pudo escribir el archivo CSV %1: %2. Compruebe el espacio libre en disco.</translation>
    </message>
    <message>
        <source>Could not export to %1 because the results could not be read: %2</source>
        <translation>No se pudo exportar a %1 porque no se pudieron leer los resultados: %2</translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2. Check free disk space and permissions.</source>
        <translation>No se pudo guardar el archivo CSV %1: %2. Compruebe el espacio libre en disco y los permisos.</translation>
    </message>
</context>
<context>
    <name>quire::DashboardWidget</name>
    <message>
        <source>Throughput (pages per minute)</source>
        <translation>Rendimiento (páginas por minuto)</translation>
    </message>
    <message>
        <source>last 30 s</source>
        <translation>últimos 30 s</translation>
    </message>
    <message>
        <source>whole run</source>
        <translation>toda la ejecución</translation>
    </message>
    <message>
        <source>seconds since the start</source>
        <translation>segundos desde el inicio</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>páginas/min</translation>
    </message>
    <message>
        <source>Pages finished per minute. Red lines mark the moments the number of workers changed.</source>
        <translation>Páginas terminadas por minuto. Las líneas rojas marcan los momentos en que cambió el número de trabajadores.</translation>
    </message>
    <message>
        <source>Number of worker processes. Changes take effect at once during a run: new workers start, surplus ones finish their page and leave.</source>
        <translation>Número de procesos trabajadores. Los cambios se aplican de inmediato durante una ejecución: los trabajadores nuevos arrancan y los sobrantes terminan su página y salen.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n trabajador</numerusform>
            <numerusform>%n trabajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Trabajadores:</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s) on this computer</source>
        <translation>
            <numerusform>%n núcleo en este equipo</numerusform>
            <numerusform>%n núcleos en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes since the start</source>
        <translation>minutos desde el inicio</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Gráfico de rendimiento</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aún no hay ninguna ejecución.</translation>
    </message>
    <message>
        <source>Worker count</source>
        <translation>Número de trabajadores</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>One row per worker process: state, the page in work, pages done, mean milliseconds per stage and memory</source>
        <translation>Una fila por proceso trabajador: estado, la página en curso, páginas hechas, milisegundos medios por etapa y memoria</translation>
    </message>
    <message>
        <source>After %1 s: %2 pages per minute over the last 30 seconds, %3 over the whole run.</source>
        <translation>A los %1 s: %2 páginas por minuto en los últimos 30 segundos, %3 en toda la ejecución.</translation>
    </message>
</context>
<context>
    <name>quire::DocumentExport</name>
    <message>
        <source>Could not create the folder %1 for the %2 files; check that it can be written.</source>
        <translation>No se pudo crear la carpeta %1 para los archivos %2; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write the %1 file %2 for %3: %4. Check free disk space and permissions.</source>
        <translation>No se pudo escribir el archivo %1 %2 de %3: %4. Compruebe el espacio libre en disco y los permisos.</translation>
    </message>
    <message>
        <source>Could not create the %1 file %2 for %3: %4. Check that the folder can be written.</source>
        <translation>No se pudo crear el archivo %1 %2 de %3: %4. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Could not export the %1 files to %2 because the results could not be read: %3</source>
        <translation>No se pudieron exportar los archivos %1 a %2 porque no se pudieron leer los resultados: %3</translation>
    </message>
</context>
<context>
    <name>quire::DocumentReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>no further detail</source>
        <translation>sin más detalles</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (Poppler: %2)</source>
        <translation>%1 está dañado y no se puede leer (Poppler: %2)</translation>
    </message>
    <message>
        <source>%1 is password-protected and the password given does not open it</source>
        <translation>%1 está protegido con contraseña y la contraseña indicada no lo abre</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 no tiene páginas</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2)</source>
        <translation>%1 está dañado y no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: Poppler finds no usable page there (the file is damaged)</source>
        <translation>no se puede leer %1: Poppler no encuentra ninguna página utilizable (el archivo está dañado)</translation>
    </message>
    <message>
        <source>%1 has no usable size (%2 x %3 pt) and cannot be rendered</source>
        <translation>%1 no tiene un tamaño utilizable (%2 x %3 pt) y no se puede renderizar</translation>
    </message>
    <message>
        <source>%1 cannot be rendered at %2 DPI: the resolution must be positive</source>
        <translation>%1 no se puede renderizar a %2 DPI: la resolución debe ser positiva</translation>
    </message>
    <message>
        <source>%1 is too large to render (%2 x %3 in): even at %4 DPI it would take %5 pixels, over the limit of %6; raise the pixel limit to process it</source>
        <translation>%1 es demasiado grande para renderizarlo (%2 x %3 pulg.): incluso a %4 DPI ocuparía %5 píxeles, por encima del límite de %6; aumente el límite de píxeles para procesarlo</translation>
    </message>
    <message>
        <source>%1 could not be rendered (Poppler: %2)</source>
        <translation>no se pudo renderizar %1 (Poppler: %2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no such page</source>
        <translation>no se puede leer %1: la imagen no tiene esa página</translation>
    </message>
    <message>
        <source>%1 could not be decoded (%2)</source>
        <translation>no se pudo decodificar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too large to process (%2 x %3 pixels at %4 DPI): even at %5 DPI it would exceed the limit of %6 pixels; raise the pixel limit to process it</source>
        <translation>%1 es demasiado grande para procesarlo (%2 x %3 píxeles a %4 DPI): incluso a %5 DPI superaría el límite de %6 píxeles; aumente el límite de píxeles para procesarlo</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image (PNG, JPEG, TIFF)</source>
        <translation>%1 no es un PDF ni una imagen compatible (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>No hay ningún documento abierto</translation>
    </message>
    <message>
        <source>%1 does not exist: the document has %2 pages</source>
        <translation>%1 no existe: el documento tiene %2 páginas</translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than the %3 Quire takes from one document; split it into smaller files (for example with qpdf --split-pages)</source>
        <translation>%1 tiene %2 páginas, más que las %3 que Quire admite de un solo documento; divídalo en archivos más pequeños (por ejemplo, con qpdf --split-pages)</translation>
    </message>
    <message>
        <source>%1 is password-protected: give the password with --password-file (or --password)</source>
        <translation>%1 está protegido con contraseña: indique la contraseña con --password-file (o --password)</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels): Quire decodes images of up to %4 megapixels (four times the pixel limit, at least 100); raise the pixel limit to process it</source>
        <translation>%1 es demasiado grande para decodificarlo (%2 x %3 píxeles): Quire decodifica imágenes de hasta %4 megapíxeles (cuatro veces el límite de píxeles, 100 como mínimo); aumente el límite de píxeles para procesarlo</translation>
    </message>
    <message>
        <source>the page is too large</source>
        <translation>la página es demasiado grande</translation>
    </message>
    <message>
        <source>there is not enough memory to scale the page image</source>
        <translation>no hay memoria suficiente para escalar la imagen de la página</translation>
    </message>
    <message>
        <source>the worker reported %1 pages, which no document Quire takes can have (1 to %2)</source>
        <translation>el trabajador informó de %1 páginas, un número que ningún documento que Quire admite puede tener (de 1 a %2)</translation>
    </message>
</context>
<context>
    <name>quire::DocumentType</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>quire::ExportRunner</name>
    <message>
        <source>CSV, one row per page…</source>
        <translation>CSV, una fila por página…</translation>
    </message>
    <message>
        <source>CSV, one row per word…</source>
        <translation>CSV, una fila por palabra…</translation>
    </message>
    <message>
        <source>Plain text, one file per document…</source>
        <translation>Texto sin formato, un archivo por documento…</translation>
    </message>
    <message>
        <source>hOCR, one file per document…</source>
        <translation>hOCR, un archivo por documento…</translation>
    </message>
    <message>
        <source>SQLite database…</source>
        <translation>Base de datos SQLite…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Could not export %1 to %2: %3</source>
        <translation>No se pudo exportar %1 a %2: %3</translation>
    </message>
    <message>
        <source>the database %1 could not be opened (%2)</source>
        <translation>no se pudo abrir la base de datos %1 (%2)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n searchable PDF(s) written.</source>
        <translation>
            <numerusform>Se escribió %n PDF con capacidad de búsqueda.</numerusform>
            <numerusform>Se escribieron %n PDF con capacidad de búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searchable PDF, one per document…</source>
        <translation>PDF con capacidad de búsqueda, uno por documento…</translation>
    </message>
    <message>
        <source>some documents were not written</source>
        <translation>algunos documentos no se escribieron</translation>
    </message>
</context>
<context>
    <name>quire::FolderWatcher</name>
    <message>
        <source>No folder to watch was given.</source>
        <translation>No se indicó ninguna carpeta que vigilar.</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the folder to watch.</source>
        <translation>%1 no es una carpeta; indique la carpeta que vigilar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or give another.</source>
        <translation>La carpeta %1 no existe; créela o indique otra.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read; check its permissions.</source>
        <translation>No se puede leer la carpeta %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read; its files are not watched. Check its permissions.</source>
        <translation>No se puede leer la carpeta %1; sus archivos no se vigilan. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>%1 (and maybe others) cannot be watched for changes (the system&apos;s limit of inotify watches, fs.inotify.max_user_watches, may be reached); changes there are seen at the next rescan.</source>
        <translation>No se pueden vigilar los cambios en %1 (y quizá en otras) (puede que se haya alcanzado el límite de vigilancias inotify del sistema, fs.inotify.max_user_watches); los cambios en ellas se verán en la próxima exploración completa.</translation>
    </message>
</context>
<context>
    <name>quire::GlyphlessFont</name>
    <message>
        <source>The invisible font for the PDF text layer (%1, from the package libtesseract5) was not found in %2. Install libtesseract5, or point QUIRE_GLYPHLESS_FONT at a copy of pdf.ttf.</source>
        <translation>No se encontró en %2 la fuente invisible para la capa de texto del PDF (%1, del paquete libtesseract5). Instale libtesseract5 o haga que QUIRE_GLYPHLESS_FONT apunte a una copia de pdf.ttf.</translation>
    </message>
</context>
<context>
    <name>quire::HocrExporter</name>
    <message>
        <source>hOCR</source>
        <translation>hOCR</translation>
    </message>
</context>
<context>
    <name>quire::ImagePageReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no such page</source>
        <translation>no se puede leer %1: la imagen no tiene esa página</translation>
    </message>
    <message>
        <source>%1 could not be decoded (%2)</source>
        <translation>no se pudo decodificar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no size</source>
        <translation>no se puede leer %1: la imagen no tiene tamaño</translation>
    </message>
    <message>
        <source>%1 could not be encoded for the PDF: %2</source>
        <translation>no se pudo codificar %1 para el PDF: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a TIFF: %2</source>
        <translation>no se puede leer %1 como TIFF: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or TIFF image</source>
        <translation>%1 no es una imagen PNG, JPEG ni TIFF</translation>
    </message>
</context>
<context>
    <name>quire::InputScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder</source>
        <translation>%1 no es ni un archivo ni una carpeta</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image (PNG, JPEG, TIFF)</source>
        <translation>%1 no es un PDF ni una imagen compatible (PNG, JPEG, TIFF)</translation>
    </message>
</context>
<context>
    <name>quire::LogView</name>
    <message>
        <source>Problems and messages of the run appear here.</source>
        <translation>Aquí aparecen los problemas y mensajes de la ejecución.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add PDF, PNG, JPEG or TIFF files to the run</source>
        <translation>Añadir archivos PDF, PNG, JPEG o TIFF a la ejecución</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add every document in a folder and its subfolders</source>
        <translation>Añadir todos los documentos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start an empty database for new documents</source>
        <translation>Crear una base de datos vacía para documentos nuevos</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Abrir base de &amp;datos…</translation>
    </message>
    <message>
        <source>Open an existing Quire database to browse it or continue its run</source>
        <translation>Abrir una base de datos de Quire existente para consultarla o continuar su ejecución</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Process the documents waiting in the queue; pages already done are skipped</source>
        <translation>Procesar los documentos que esperan en la cola; se omiten las páginas ya hechas</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Hand out no new pages; the workers finish the pages in hand</source>
        <translation>No repartir páginas nuevas; los trabajadores terminan las páginas en curso</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the run now. Finished pages are kept; Start continues where it stopped</source>
        <translation>Detener la ejecución ahora. Las páginas terminadas se conservan; Iniciar continúa donde se detuvo</translation>
    </message>
    <message>
        <source>Find Sweet &amp;Spot…</source>
        <translation>&amp;Buscar punto óptimo…</translation>
    </message>
    <message>
        <source>Measure pages per minute for several worker counts and find the best</source>
        <translation>Medir las páginas por minuto con distintos números de trabajadores y encontrar el mejor</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Page timeout, retries, worker memory limit and passwords</source>
        <translation>Tiempo límite por página, reintentos, límite de memoria de los trabajadores y contraseñas</translation>
    </message>
    <message>
        <source>&amp;Follow the Newest Page</source>
        <translation>&amp;Seguir la página más reciente</translation>
    </message>
    <message>
        <source>Show each page as it finishes; picking a page yourself turns this off</source>
        <translation>Mostrar cada página en cuanto termina; elegir una página manualmente desactiva esta opción</translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation>&amp;Acerca de Quire</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>%1 — Quire</source>
        <translation>%1 — Quire</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message>
        <source>Added %1; they start when the current run ends.</source>
        <translation>Añadido: %1; empezarán cuando termine la ejecución actual.</translation>
    </message>
    <message>
        <source>Every document here is done with these settings. Add documents, or change a setting to process them again.</source>
        <translation>Todos los documentos ya están hechos con esta configuración. Añada documentos o cambie algún ajuste para volver a procesarlos.</translation>
    </message>
    <message>
        <source>Nothing to do yet: drop files or folders on the window, or use File → Add Files.</source>
        <translation>Aún no hay nada que hacer: suelte archivos o carpetas en la ventana o use Archivo → Añadir archivos.</translation>
    </message>
    <message>
        <source>The sweet-spot measurement is running; the run starts when you press Start after it ends.</source>
        <translation>La medición del punto óptimo está en curso; la ejecución empezará cuando pulse Iniciar después de que termine.</translation>
    </message>
    <message>
        <source>Paused: the workers finish the pages in hand and take no new ones.</source>
        <translation>En pausa: los trabajadores terminan las páginas en curso y no toman otras nuevas.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Hand out pages again</source>
        <translation>Volver a repartir páginas</translation>
    </message>
    <message>
        <source>%1 has no finished page yet.</source>
        <translation>%1 aún no tiene ninguna página terminada.</translation>
    </message>
    <message>
        <source>The Run Stopped</source>
        <translation>La ejecución se detuvo</translation>
    </message>
    <message>
        <source>The run stopped: %1

Pages finished so far are saved.</source>
        <translation>La ejecución se detuvo: %1

Las páginas terminadas hasta ahora están guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Log (%n problem(s))</source>
        <translation>
            <numerusform>Registro (%n problema)</numerusform>
            <numerusform>Registro (%n problemas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Using %n worker(s), the measured sweet spot.</source>
        <translation>
            <numerusform>Se usa %n trabajador, el punto óptimo medido.</numerusform>
            <numerusform>Se usan %n trabajadores, el punto óptimo medido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next run.</source>
        <translation>Configuración guardada; se aplicará a partir de la próxima ejecución.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Open a Quire Database</source>
        <translation>Abrir una base de datos de Quire</translation>
    </message>
    <message>
        <source>Quire databases (*.sqlite *.db)</source>
        <translation>Bases de datos de Quire (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>New Quire Database</source>
        <translation>Nueva base de datos de Quire</translation>
    </message>
    <message>
        <source>Quire databases (*.sqlite)</source>
        <translation>Bases de datos de Quire (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is the database already open; choose another name for a new one.</source>
        <translation>%1 es la base de datos que ya está abierta; elija otro nombre para la nueva.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be deleted.</source>
        <translation>No se puede reemplazar %1: no se pudo eliminar.</translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation>Acerca de Quire</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Quire %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Turns folders of PDFs and scans into searchable text as fast as the computer allows: a pool of worker processes renders, cleans and recognizes every page (Poppler, OpenCV, Tesseract).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quire %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Convierte carpetas de PDF y escaneos en texto con búsqueda tan rápido como lo permite el equipo: un grupo de procesos trabajadores renderiza, limpia y reconoce cada página (Poppler, OpenCV, Tesseract).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Review Words…</source>
        <translation>&amp;Revisar palabras…</translation>
    </message>
    <message>
        <source>Check the words recognized with low confidence, one after the other</source>
        <translation>Comprobar una tras otra las palabras reconocidas con baja confianza</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;ola</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>Pá&amp;ginas</translation>
    </message>
    <message>
        <source>Page &amp;Preview</source>
        <translation>&amp;Vista de la página</translation>
    </message>
    <message>
        <source>Page &amp;Text</source>
        <translation>&amp;Texto de la página</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>%1. Choose another file with File → Open Database.</source>
        <translation>%1. Elija otro archivo con Archivo → Abrir base de datos.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>No se puede iniciar</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) or folder(s) to the run.</source>
        <translation>
            <numerusform>Se añadió %n archivo o carpeta a la ejecución.</numerusform>
            <numerusform>Se añadieron %n archivos o carpetas a la ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a Folder</source>
        <translation>Vigilar una carpeta</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
</context>
<context>
    <name>quire::OcrLanguages</name>
    <message>
        <source>Middle English</source>
        <translation>inglés medio</translation>
    </message>
    <message>
        <source>Middle French</source>
        <translation>francés medio</translation>
    </message>
    <message>
        <source>German Fraktur</source>
        <translation>alemán en Fraktur</translation>
    </message>
    <message>
        <source>Ancient Greek</source>
        <translation>griego antiguo</translation>
    </message>
    <message>
        <source>Math and equations</source>
        <translation>matemáticas y ecuaciones</translation>
    </message>
    <message>
        <source>%1, vertical</source>
        <translation>%1, vertical</translation>
    </message>
    <message>
        <source>%1, historical</source>
        <translation>%1, histórico</translation>
    </message>
</context>
<context>
    <name>quire::PagePanel</name>
    <message>
        <source>Rendered</source>
        <translation>Renderizada</translation>
    </message>
    <message>
        <source>Show the page as rendered from the document</source>
        <translation>Mostrar la página tal como se renderizó a partir del documento</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Limpia</translation>
    </message>
    <message>
        <source>Show the cleaned image the OCR engine read</source>
        <translation>Mostrar la imagen limpia que leyó el motor de OCR</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cuadros</translation>
    </message>
    <message>
        <source>Show the word boxes, coloured by confidence</source>
        <translation>Mostrar los cuadros de las palabras, coloreados según la confianza</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page width into the view (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Ajustar el ancho de la página a la vista (Ctrl+0); Ctrl+rueda cambia el zoom</translation>
    </message>
    <message>
        <source>The text of the selected page appears here.</source>
        <translation>Aquí aparece el texto de la página seleccionada.</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Vista previa de la página</translation>
    </message>
    <message>
        <source>No run database is open, so page %1 of %2 cannot be shown.</source>
        <translation>No hay ninguna base de datos de ejecución abierta, así que no se puede mostrar la página %1 de %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2 has no result yet: it is still queued or being read. Select it again once it is done.</source>
        <translation>La página %1 de %2 aún no tiene resultado: sigue en cola o se está leyendo. Vuelva a seleccionarla cuando esté hecha.</translation>
    </message>
    <message>
        <source>Could not read page %1 of %2 from the run database: %3</source>
        <translation>No se pudo leer la página %1 de %2 de la base de datos de ejecución: %3</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>no se registró ningún motivo</translation>
    </message>
    <message>
        <source>Page %1 of %2 failed: %3</source>
        <translation>La página %1 de %2 falló: %3</translation>
    </message>
    <message>
        <source>Text layer (no OCR)</source>
        <translation>Capa de texto (sin OCR)</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>%1×%2 %3</source>
        <translation>%1×%2 %3</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>rotated %1°</source>
        <translation>girada %1°</translation>
    </message>
    <message>
        <source>skew %1°</source>
        <translation>inclinación %1°</translation>
    </message>
    <message>
        <source>mean confidence %1%</source>
        <translation>confianza media %1%</translation>
    </message>
    <message>
        <source>extracted in %1 ms</source>
        <translation>extraído en %1 ms</translation>
    </message>
    <message>
        <source>render %1 ms, cleanup %2 ms, OCR %3 ms (total %4 ms)</source>
        <translation>renderizado %1 ms, limpieza %2 ms, OCR %3 ms (total %4 ms)</translation>
    </message>
    <message>
        <source>Rendering page %1 of %2…</source>
        <translation>Renderizando la página %1 de %2…</translation>
    </message>
    <message>
        <source>Could not render page %1 of %2 for the preview: %3. Check that the file is still there and readable.</source>
        <translation>No se pudo renderizar la página %1 de %2 para la vista previa: %3. Compruebe que el archivo sigue ahí y se puede leer.</translation>
    </message>
    <message>
        <source>Select a page to see it here.</source>
        <translation>Seleccione una página para verla aquí.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit the page text freely; word boxes stay linked where the words still match</source>
        <translation>Editar libremente el texto de la página; los cuadros de las palabras siguen vinculados donde las palabras aún coinciden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the edited text; search and exports use it from now on</source>
        <translation>Guardar el texto editado; la búsqueda y las exportaciones lo usarán a partir de ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Drop the changes and show the stored text again</source>
        <translation>Descartar los cambios y volver a mostrar el texto almacenado</translation>
    </message>
    <message>
        <source>No run database is open, so the text of page %1 of %2 cannot be saved.</source>
        <translation>No hay ninguna base de datos de ejecución abierta, así que no se puede guardar el texto de la página %1 de %2.</translation>
    </message>
    <message>
        <source>Could not save the text of page %1 of %2: %3 Your changes are still in the editor.</source>
        <translation>No se pudo guardar el texto de la página %1 de %2: %3 Sus cambios siguen en el editor.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%n coincidencia de &quot;%1&quot;</numerusform>
            <numerusform>%n coincidencias de &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and up (solid)</source>
        <translation>90 o más (continuo)</translation>
    </message>
    <message>
        <source>70–89 (dashed)</source>
        <translation>70–89 (discontinuo)</translation>
    </message>
    <message>
        <source>below 70 (hatched)</source>
        <translation>menos de 70 (rayado)</translation>
    </message>
    <message>
        <source>Word boxes by recognition confidence: green with a solid outline 90 and up, orange dashed 70 to 89, red hatched below 70</source>
        <translation>Recuadros de palabras según la confianza del reconocimiento: verde con borde continuo de 90 en adelante, naranja discontinuo de 70 a 89, rojo rayado por debajo de 70</translation>
    </message>
    <message>
        <source>Confidence legend</source>
        <translation>Leyenda de confianza</translation>
    </message>
    <message>
        <source>Blank page (no OCR)</source>
        <translation>Página en blanco (sin OCR)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::PageView</name>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>“%1”, confidence %2%, %3</source>
        <translation>«%1», confianza %2%, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); Left and Right select a word, Enter picks it.</source>
        <translation>
            <numerusform>%n palabra; Izquierda y Derecha seleccionan una palabra, Intro la elige.</numerusform>
            <numerusform>%n palabras; Izquierda y Derecha seleccionan una palabra, Intro la elige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Seleccionada: %1.</translation>
    </message>
    <message>
        <source>confidence %1%, %2</source>
        <translation>confianza %1%, %2</translation>
    </message>
</context>
<context>
    <name>quire::PdfExporter</name>
    <message>
        <source>The searchable PDF of %1 would replace the input %2; Quire never writes over an input. Choose an output folder outside the inputs&apos; folders.</source>
        <translation>El PDF con capacidad de búsqueda de %1 sustituiría a la entrada %2; Quire nunca sobrescribe una entrada. Elija una carpeta de salida fuera de las carpetas de las entradas.</translation>
    </message>
    <message>
        <source>%1 has changed since it was recognized, so its stored words no longer fit it; run it again to write its searchable PDF.</source>
        <translation>%1 ha cambiado desde que se reconoció, así que las palabras guardadas ya no le corresponden; vuelva a procesarlo para escribir su PDF con capacidad de búsqueda.</translation>
    </message>
    <message>
        <source>%1 reads as %2 page(s) to the PDF writer (qpdf) but was recognized as %3: its page tree is damaged, so no searchable PDF was written. Repairing the file (for example with qpdf INPUT OUTPUT) and running it again may help.</source>
        <translation>%1 tiene %2 páginas para el escritor de PDF (qpdf), pero se reconoció con %3: su árbol de páginas está dañado, así que no se escribió ningún PDF con capacidad de búsqueda. Puede ayudar reparar el archivo (por ejemplo, con qpdf ENTRADA SALIDA) y volver a procesarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)</source>
        <translation>
            <numerusform>Se escribió %1 (%n página</numerusform>
            <numerusform>Se escribió %1 (%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; no text on page(s) %1: recognition failed or has not run</source>
        <translation>
            <numerusform>; sin texto en la página %1: el reconocimiento falló o no se ha ejecutado</numerusform>
            <numerusform>; sin texto en las páginas %1: el reconocimiento falló o no se ha ejecutado</numerusform>
        </translation>
    </message>
    <message>
        <source>; its digital signature is no longer valid</source>
        <translation>; su firma digital ya no es válida</translation>
    </message>
    <message>
        <source>; the image records no resolution, 300 DPI assumed</source>
        <translation>; la imagen no indica su resolución, se suponen 300 DPI</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the searchable PDFs; check that it can be written.</source>
        <translation>No se pudo crear la carpeta %1 para los PDF con capacidad de búsqueda; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write the searchable PDFs to %1 because the results could not be read: %2</source>
        <translation>No se pudieron escribir los PDF con capacidad de búsqueda en %1 porque no se pudieron leer los resultados: %2</translation>
    </message>
    <message>
        <source>Could not open the database %1 to write searchable PDFs: %2</source>
        <translation>No se pudo abrir la base de datos %1 para escribir los PDF con capacidad de búsqueda: %2</translation>
    </message>
</context>
<context>
    <name>quire::PdfImageDecoder</name>
    <message>
        <source>its image has %1 bits per component, which is not valid</source>
        <translation>su imagen tiene %1 bits por componente, lo que no es válido</translation>
    </message>
    <message>
        <source>its image data is cut short (%1 of %2 bytes)</source>
        <translation>los datos de su imagen están truncados (%1 de %2 bytes)</translation>
    </message>
    <message>
        <source>there is not enough memory to decode its %1 x %2 image</source>
        <translation>no hay memoria suficiente para decodificar su imagen de %1 x %2</translation>
    </message>
    <message>
        <source>its JPEG image has an indexed colour space</source>
        <translation>su imagen JPEG tiene un espacio de color indexado</translation>
    </message>
    <message>
        <source>its JPEG image cannot be decoded (%1)</source>
        <translation>su imagen JPEG no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>its JPEG image has %1 colour components where its colour space has %2</source>
        <translation>su imagen JPEG tiene %1 componentes de color, pero su espacio de color tiene %2</translation>
    </message>
    <message>
        <source>its image is CCITT Group 3, which Quire leaves to the renderer</source>
        <translation>su imagen es CCITT Grupo 3, que Quire deja al renderizador</translation>
    </message>
    <message>
        <source>its CCITT image aligns rows to bytes, which Quire leaves to the renderer</source>
        <translation>su imagen CCITT alinea las filas a bytes, lo que Quire deja al renderizador</translation>
    </message>
    <message>
        <source>its CCITT image cannot be decoded (%1)</source>
        <translation>su imagen CCITT no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>its CCITT image data is damaged (%1)</source>
        <translation>los datos de su imagen CCITT están dañados (%1)</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>truncados</translation>
    </message>
    <message>
        <source>its JBIG2 image cannot be decoded (out of memory)</source>
        <translation>su imagen JBIG2 no se puede decodificar (sin memoria)</translation>
    </message>
    <message>
        <source>the page is %1 x %2, the image dictionary says %3 x %4</source>
        <translation>la página mide %1 x %2 y el diccionario de la imagen dice %3 x %4</translation>
    </message>
    <message>
        <source>its JBIG2 image cannot be decoded (%1)</source>
        <translation>su imagen JBIG2 no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>no page in the data</source>
        <translation>no hay ninguna página en los datos</translation>
    </message>
    <message>
        <source>its image has no size (%1 x %2)</source>
        <translation>su imagen no tiene tamaño (%1 x %2)</translation>
    </message>
    <message>
        <source>its image is too large to decode directly (%1 x %2)</source>
        <translation>su imagen es demasiado grande para decodificarla directamente (%1 x %2)</translation>
    </message>
    <message>
        <source>its /Decode array has %1 numbers, not %2</source>
        <translation>su matriz /Decode tiene %1 números, no %2</translation>
    </message>
</context>
<context>
    <name>quire::PdfPageInspector</name>
    <message>
        <source>the page draws an inline image</source>
        <translation>la página dibuja una imagen en línea</translation>
    </message>
    <message>
        <source>the page shows text</source>
        <translation>la página muestra texto</translation>
    </message>
    <message>
        <source>the page paints vector graphics</source>
        <translation>la página pinta gráficos vectoriales</translation>
    </message>
    <message>
        <source>the page paints a shading</source>
        <translation>la página pinta un sombreado</translation>
    </message>
    <message>
        <source>the page clips to a shape</source>
        <translation>la página aplica un trazado de recorte</translation>
    </message>
    <message>
        <source>the page draws an object it does not define</source>
        <translation>la página dibuja un objeto que no define</translation>
    </message>
    <message>
        <source>the page draws a form</source>
        <translation>la página dibuja un XObject de formulario</translation>
    </message>
    <message>
        <source>the page draws a %1 object</source>
        <translation>la página dibuja un objeto %1</translation>
    </message>
    <message>
        <source>the page draws more than one image</source>
        <translation>la página dibuja más de una imagen</translation>
    </message>
    <message>
        <source>the page sets transparency or a transfer function</source>
        <translation>la página establece transparencia o una función de transferencia</translation>
    </message>
    <message>
        <source>its colour space refers to itself</source>
        <translation>su espacio de color se refiere a sí mismo</translation>
    </message>
    <message>
        <source>its colour space %1 is not one Quire decodes</source>
        <translation>su espacio de color %1 no es uno de los que Quire decodifica</translation>
    </message>
    <message>
        <source>its colour space is missing or malformed</source>
        <translation>su espacio de color falta o está mal formado</translation>
    </message>
    <message>
        <source>its ICC colour space has %1 components</source>
        <translation>su espacio de color ICC tiene %1 componentes</translation>
    </message>
    <message>
        <source>its indexed colour space is based on another indexed one</source>
        <translation>su espacio de color indexado se basa en otro indexado</translation>
    </message>
    <message>
        <source>its indexed colour space has no palette</source>
        <translation>su espacio de color indexado no tiene paleta</translation>
    </message>
    <message>
        <source>its image is a stencil mask</source>
        <translation>su imagen es una máscara de plantilla (stencil mask)</translation>
    </message>
    <message>
        <source>its image has a /Mask</source>
        <translation>su imagen tiene una /Mask</translation>
    </message>
    <message>
        <source>its image data passes through several filters</source>
        <translation>los datos de su imagen pasan por varios filtros</translation>
    </message>
    <message>
        <source>its CCITT image is %1 columns wide in a %2-pixel image</source>
        <translation>su imagen CCITT tiene %1 columnas de ancho en una imagen de %2 píxeles</translation>
    </message>
    <message>
        <source>its CCITT image has no /Columns</source>
        <translation>su imagen CCITT no tiene /Columns</translation>
    </message>
    <message>
        <source>its image is JPEG 2000, which Quire leaves to the renderer</source>
        <translation>su imagen es JPEG 2000, que Quire deja al renderizador</translation>
    </message>
    <message>
        <source>its image data cannot be decompressed</source>
        <translation>los datos de su imagen no se pueden descomprimir</translation>
    </message>
    <message>
        <source>its bilevel image or mask is not in a gray colour space</source>
        <translation>su imagen binaria o máscara no está en un espacio de color de grises</translation>
    </message>
    <message>
        <source>the page paints nothing</source>
        <translation>la página no pinta nada</translation>
    </message>
    <message>
        <source>the page has annotations</source>
        <translation>la página tiene anotaciones</translation>
    </message>
    <message>
        <source>the page shows only invisible text</source>
        <translation>la página solo muestra texto invisible</translation>
    </message>
    <message>
        <source>the page has no valid MediaBox</source>
        <translation>la página no tiene un MediaBox válido</translation>
    </message>
    <message>
        <source>the page has no usable size</source>
        <translation>la página no tiene un tamaño utilizable</translation>
    </message>
    <message>
        <source>the image has no size</source>
        <translation>la imagen no tiene tamaño</translation>
    </message>
    <message>
        <source>the image is drawn with no size</source>
        <translation>la imagen se dibuja sin tamaño</translation>
    </message>
    <message>
        <source>the image is drawn turned or skewed</source>
        <translation>la imagen se dibuja girada o sesgada</translation>
    </message>
    <message>
        <source>the image does not cover the page</source>
        <translation>la imagen no cubre la página</translation>
    </message>
    <message>
        <source>the image is cropped by the page</source>
        <translation>la imagen sobresale de la página</translation>
    </message>
    <message>
        <source>the image is clipped</source>
        <translation>la imagen tiene un recorte aplicado</translation>
    </message>
    <message>
        <source>the image has different horizontal and vertical resolutions (%1 x %2 DPI)</source>
        <translation>la imagen tiene resoluciones horizontal y vertical distintas (%1 x %2 DPI)</translation>
    </message>
    <message>
        <source>the image&apos;s soft mask is premultiplied (/Matte)</source>
        <translation>la máscara suave de la imagen está premultiplicada (/Matte)</translation>
    </message>
    <message>
        <source>qpdf cannot read the page (%1)</source>
        <translation>qpdf no puede leer la página (%1)</translation>
    </message>
    <message>
        <source>the page is not one image</source>
        <translation>la página no es una sola imagen</translation>
    </message>
    <message>
        <source>there is not enough memory to turn the page image</source>
        <translation>no hay memoria suficiente para girar la imagen de la página</translation>
    </message>
    <message>
        <source>qpdf cannot read the image (%1)</source>
        <translation>qpdf no puede leer la imagen (%1)</translation>
    </message>
</context>
<context>
    <name>quire::PreviewRenderer</name>
    <message>
        <source>rendering took longer than %1 s</source>
        <translation>la representación tardó más de %1 s</translation>
    </message>
    <message>
        <source>the renderer %1 could not be started: %2</source>
        <translation>no se pudo iniciar el representador %1: %2</translation>
    </message>
    <message>
        <source>the renderer crashed</source>
        <translation>el representador se bloqueó</translation>
    </message>
    <message>
        <source>the renderer stopped (exit code %1)</source>
        <translation>el representador se detuvo (código de salida %1)</translation>
    </message>
    <message>
        <source>the renderer sent a malformed answer (%1)</source>
        <translation>el representador envió una respuesta mal formada (%1)</translation>
    </message>
    <message>
        <source>%1 on %2, page %3; the run is not affected</source>
        <translation>%1 en %2, página %3; la ejecución no se ve afectada</translation>
    </message>
</context>
<context>
    <name>quire::QueueModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Pages finished (recognized, read from the text layer or done in an earlier run) out of the document&apos;s pages</source>
        <translation>Páginas terminadas (reconocidas, leídas de la capa de texto o hechas en una ejecución anterior) respecto al total de páginas del documento</translation>
    </message>
    <message>
        <source>Why the document or one of its pages failed</source>
        <translation>Por qué falló el documento o alguna de sus páginas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n page(s) failed</source>
        <translation>
            <numerusform>Terminado, %n página fallida</numerusform>
            <numerusform>Terminado, %n páginas fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>Contando páginas…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Stopped; press Start to continue</source>
        <translation>Detenido; pulse Iniciar para continuar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>The document could not be opened.</source>
        <translation>No se pudo abrir el documento.</translation>
    </message>
    <message>
        <source>%1 pages failed; the last: %2</source>
        <translation>Fallaron %1 páginas; la última: %2</translation>
    </message>
    <message>
        <source>%1 / ?</source>
        <translation>%1 / ?</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 in the document</source>
        <translation>%1 hechas, %2 fallidas, %3 en el documento</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>Page %1 failed for an unknown reason.</source>
        <translation>La página %1 falló por un motivo desconocido.</translation>
    </message>
</context>
<context>
    <name>quire::QueueView</name>
    <message>
        <source>Double-click a document, or press Enter, to see its first page</source>
        <translation>Haga doble clic en un documento, o pulse Intro, para ver su primera página</translation>
    </message>
    <message>
        <source>Document queue</source>
        <translation>Cola de documentos</translation>
    </message>
    <message>
        <source>Every document of the run with its pages done and total, its state and, on failure, the reason. Enter shows the document&apos;s first page.</source>
        <translation>Cada documento de la ejecución con sus páginas hechas y totales, su estado y, si falla, el motivo. Intro muestra la primera página del documento.</translation>
    </message>
    <message>
        <source>Empty queue</source>
        <translation>Cola vacía</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop PDFs, scans or folders here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every page is read by a pool of workers; the dashboard shows how fast, and each page appears below as it finishes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Suelte aquí archivos PDF, escaneos o carpetas&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un grupo de trabajadores lee cada página; el panel muestra a qué velocidad, y cada página aparece abajo en cuanto termina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
</context>
<context>
    <name>quire::ReviewQueue</name>
    <message>
        <source>Correct &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Corregir «%1» a «%2»</translation>
    </message>
    <message>
        <source>Accept &quot;%1&quot;</source>
        <translation>Aceptar «%1»</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list: %2</source>
        <translation>No se pudo añadir «%1» a la lista de palabras: %2</translation>
    </message>
    <message>
        <source>Accept &quot;%1&quot; and add it to the word list</source>
        <translation>Aceptar «%1» y añadirla a la lista de palabras</translation>
    </message>
    <message>
        <source>Could not save the review of &quot;%1&quot; (%2, page %3): %4</source>
        <translation>No se pudo guardar la revisión de «%1» (%2, página %3): %4</translation>
    </message>
    <message>
        <source>Could not save the review of &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar la revisión de &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>quire::ReviewWidget</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Words recognized with less confidence than this are queued for review.</source>
        <translation>Las palabras reconocidas con una confianza inferior a esta se ponen en cola para revisión.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Review words below</source>
        <translation>Revisar palabras por debajo de</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>Enter: save the correction (or accept when unchanged) · Ctrl+Enter: accept · Ctrl+L: accept and add to the word list · Tab/Page Down: skip · Shift+Tab/Page Up: back</source>
        <translation>Enter: guardar la corrección (o aceptar si no hay cambios) · Ctrl+Enter: aceptar · Ctrl+L: aceptar y añadir a la lista de palabras · Tab/Page Down: omitir · Shift+Tab/Page Up: atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous word (Shift+Tab, Page Up)</source>
        <translation>Palabra anterior (Shift+Tab, Page Up)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Next word without changing this one (Tab, Page Down)</source>
        <translation>Palabra siguiente sin cambiar esta (Tab, Page Down)</translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation>Aceptar tal cual</translation>
    </message>
    <message>
        <source>The recognized text is right (Ctrl+Enter)</source>
        <translation>El texto reconocido es correcto (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Accept and add to word list</source>
        <translation>Aceptar y añadir a la lista de palabras</translation>
    </message>
    <message>
        <source>Accept and never flag this word again (Ctrl+L)</source>
        <translation>Aceptar y no volver a marcar esta palabra (Ctrl+L)</translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>Todo revisado</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No words below %1% confidence are waiting for review.</source>
        <translation>No hay palabras con menos del %1% de confianza pendientes de revisión.</translation>
    </message>
    <message>
        <source>Open a database to review its words.</source>
        <translation>Abra una base de datos para revisar sus palabras.</translation>
    </message>
    <message>
        <source> — corrected from &quot;%1&quot;</source>
        <translation> — corregida a partir de «%1»</translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — aceptada</translation>
    </message>
    <message>
        <source>Page %1 of %2 is not in the database any more.</source>
        <translation>La página %1 de %2 ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Rendering page %1…</source>
        <translation>Renderizando la página %1…</translation>
    </message>
    <message>
        <source>Could not show page %1 of %2: %3</source>
        <translation>No se pudo mostrar la página %1 de %2: %3</translation>
    </message>
    <message>
        <source>or not in the dictionary</source>
        <translation>o que no están en el diccionario</translation>
    </message>
    <message>
        <source>Also queue confident words that neither the language&apos;s dictionary nor your word list knows (names, codes, misreadings that look sure)</source>
        <translation>Poner también en la cola las palabras seguras que no conocen ni el diccionario del idioma ni su lista de palabras (nombres, códigos, errores de lectura que parecen seguros)</translation>
    </message>
    <message>
        <source>No words below %1% confidence or outside the dictionary are waiting for review.</source>
        <translation>No hay palabras por debajo del %1% de confianza ni fuera del diccionario pendientes de revisión.</translation>
    </message>
    <message>
        <source>%1% confidence, not in the dictionary</source>
        <translation>%1% de confianza, no está en el diccionario</translation>
    </message>
    <message>
        <source>%1% confidence</source>
        <translation>%1% de confianza</translation>
    </message>
    <message>
        <source>Word %1 of %2 · %3, page %4 · %5%6</source>
        <translation>Palabra %1 de %2 · %3, página %4 · %5%6</translation>
    </message>
    <message>
        <source>Page of the word</source>
        <translation>Página de la palabra</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Umbral de confianza</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>quire::RunMonitor</name>
    <message>
        <source>Could not read the stored pages: %1</source>
        <translation>No se pudieron leer las páginas guardadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n document(s), all finished; pages done: %2.</source>
        <translation>
            <numerusform>Abierto %1: %n documento, todos terminados; páginas hechas: %2.</numerusform>
            <numerusform>Abierto %1: %n documentos, todos terminados; páginas hechas: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n document(s); pages done: %2. Press Start to continue the %3 unfinished.</source>
        <translation>
            <numerusform>Abierto %1: %n documento; páginas hechas: %2. Pulse Iniciar para continuar los %3 sin terminar.</numerusform>
            <numerusform>Abierto %1: %n documentos; páginas hechas: %2. Pulse Iniciar para continuar los %3 sin terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1 (empty). Drop documents to start.</source>
        <translation>Base de datos %1 (vacía). Suelte documentos para empezar.</translation>
    </message>
    <message numerus="yes">
        <source>Started: %n worker(s), %1 dpi, languages %2.</source>
        <translation>
            <numerusform>Iniciado: %n trabajador, %1 dpi, idiomas %2.</numerusform>
            <numerusform>Iniciado: %n trabajadores, %1 dpi, idiomas %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not PDFs or images.</source>
        <translation>
            <numerusform>Se omitió %n archivo que no es PDF ni imagen.</numerusform>
            <numerusform>Se omitieron %n archivos que no son PDF ni imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, page %2 failed for an unknown reason.</source>
        <translation>%1, página %2: falló por un motivo desconocido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image cleanup runs on %1.</source>
        <translation>La limpieza de imagen se ejecuta en %1.</translation>
    </message>
    <message>
        <source>Workers: %1.</source>
        <translation>Trabajadores: %1.</translation>
    </message>
    <message>
        <source>The run stopped: %1 %2</source>
        <translation>La ejecución se detuvo: %1 %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 Everything finished is saved; press Start to continue.</source>
        <translation>Cancelado. %1 Todo lo terminado está guardado; pulse Iniciar para continuar.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminado: %1</translation>
    </message>
    <message>
        <source>No PDF or image files were found in what was added.</source>
        <translation>No se encontraron archivos PDF ni de imagen en lo que se añadió.</translation>
    </message>
    <message>
        <source>Cancelled; press Start to continue.</source>
        <translation>Cancelado; pulse Iniciar para continuar.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Stopped by an error; see the log.</source>
        <translation>Detenido por un error; consulte el registro.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Ready; press Start.</source>
        <translation>Listo; pulse Iniciar.</translation>
    </message>
</context>
<context>
    <name>quire::RunSession</name>
    <message>
        <source>Cannot open %1 while a run goes on: cancel the run first.</source>
        <translation>No se puede abrir %1 mientras hay una ejecución en curso: cancele primero la ejecución.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist; it was not added.</source>
        <translation>%1 no existe; no se ha añadido.</translation>
    </message>
    <message>
        <source>The language %1 is not installed (installed: %2). Choose another language, or install the tesseract-ocr-%1 package.</source>
        <translation>El idioma %1 no está instalado (instalados: %2). Elija otro idioma o instale el paquete tesseract-ocr-%1.</translation>
    </message>
    <message>
        <source>%1 The run goes on without it.</source>
        <translation>%1 La ejecución continúa sin ella.</translation>
    </message>
    <message>
        <source>Could not hand the word list to Tesseract (%1); the run goes on without it.</source>
        <translation>No se pudo pasar la lista de palabras a Tesseract (%1); la ejecución continúa sin ella.</translation>
    </message>
    <message>
        <source>A run is going on; wait for it to end or cancel it.</source>
        <translation>Hay una ejecución en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>No database is open; open or create one first.</source>
        <translation>No hay ninguna base de datos abierta; abra o cree una primero.</translation>
    </message>
    <message>
        <source>Every document here is done with these settings. Add documents, or change a setting to process them again.</source>
        <translation>Todos los documentos ya están hechos con esta configuración. Añada documentos o cambie algún ajuste para volver a procesarlos.</translation>
    </message>
    <message>
        <source>Nothing to do yet: add files or folders first.</source>
        <translation>Aún no hay nada que hacer: añada primero archivos o carpetas.</translation>
    </message>
</context>
<context>
    <name>quire::RunStatusBar</name>
    <message>
        <source>Pages per minute over the last 30 seconds, and over the whole run</source>
        <translation>Páginas por minuto en los últimos 30 segundos y en toda la ejecución</translation>
    </message>
    <message>
        <source>Time left at the rate of the last 30 seconds</source>
        <translation>Tiempo restante al ritmo de los últimos 30 segundos</translation>
    </message>
    <message>
        <source>Pages: %1 / %2</source>
        <translation>Páginas: %1 / %2</translation>
    </message>
    <message>
        <source>Pages: %1 / %2+</source>
        <translation>Páginas: %1 / %2+</translation>
    </message>
    <message>
        <source>%1 done in this run, %2 done before, %3 failed, %4 to go</source>
        <translation>%1 hechas en esta ejecución, %2 hechas antes, %3 fallidas, %4 pendientes</translation>
    </message>
    <message>
        <source>%1 pages/min (30 s) · %2 overall</source>
        <translation>%1 páginas/min (30 s) · %2 en total</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <source>ETA: paused</source>
        <translation>Restante: en pausa</translation>
    </message>
    <message>
        <source>ETA: counting pages…</source>
        <translation>Restante: contando páginas…</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restante: %1</translation>
    </message>
    <message>
        <source>ETA: measuring…</source>
        <translation>Restante: midiendo…</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Fallos: %1</translation>
    </message>
    <message>
        <source>Scanning the documents…</source>
        <translation>Examinando los documentos…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n worker(s) busy.</source>
        <translation>
            <numerusform>En ejecución: %1 de %n trabajador ocupado.</numerusform>
            <numerusform>En ejecución: %1 de %n trabajadores ocupados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused; press Resume to go on.</source>
        <translation>En pausa; pulse Reanudar para seguir.</translation>
    </message>
</context>
<context>
    <name>quire::RunSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in %1 (%2 pages/min): %3 from the text layer, %4 recognized, %5 blank, %6 failed; %7 done before.</source>
        <translation>
            <numerusform>%n página en %1 (%2 páginas/min): %3 de la capa de texto, %4 reconocidas, %5 en blanco, %6 fallidas; %7 hechas antes.</numerusform>
            <numerusform>%n páginas en %1 (%2 páginas/min): %3 de la capa de texto, %4 reconocidas, %5 en blanco, %6 fallidas; %7 hechas antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::SearchPanel</name>
    <message>
        <source>Search the recognized text…</source>
        <translation>Buscar en el texto reconocido…</translation>
    </message>
    <message>
        <source>Open a database to search its pages.</source>
        <translation>Abra una base de datos para buscar en sus páginas.</translation>
    </message>
    <message>
        <source>%1 p%2: …%3…</source>
        <translation>%1 pág. %2: …%3…</translation>
    </message>
    <message>
        <source>No page contains &quot;%1&quot;.</source>
        <translation>Ninguna página contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>Se encontró %n página.</numerusform>
            <numerusform>Se encontraron %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>quire::SearchablePdfWriter</name>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>%1 is password-protected: give its password (--password) to write its searchable PDF</source>
        <translation>%1 está protegido con contraseña: indique su contraseña (--password) para escribir su PDF con capacidad de búsqueda</translation>
    </message>
    <message>
        <source>%1 is password-protected and none of the passwords given opens it</source>
        <translation>%1 está protegido con contraseña y ninguna de las contraseñas indicadas lo abre</translation>
    </message>
    <message>
        <source>%1 cannot be read to write its searchable PDF (qpdf: %2)</source>
        <translation>no se puede leer %1 para escribir su PDF con capacidad de búsqueda (qpdf: %2)</translation>
    </message>
    <message>
        <source>%1 is digitally signed: adding a text layer would invalidate its signature, so no searchable PDF was written for it. Ask for it explicitly (quire-cli: --break-signatures) to write it anyway.</source>
        <translation>%1 tiene firma digital: añadirle una capa de texto invalidaría su firma, así que no se escribió su PDF con capacidad de búsqueda. Pídalo expresamente (quire-cli: --break-signatures) para escribirlo de todos modos.</translation>
    </message>
    <message>
        <source>%1 could not be made into a PDF (qpdf: %2)</source>
        <translation>no se pudo convertir %1 en PDF (qpdf: %2)</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image, or no longer exists</source>
        <translation>%1 no es un PDF ni una imagen compatible, o ya no existe</translation>
    </message>
    <message>
        <source>%1 is not in the document, which has %2 pages; it may have changed since it was recognized. Run it again.</source>
        <translation>%1 no está en el documento, que tiene %2 páginas; puede que haya cambiado desde que se reconoció. Vuelva a procesarlo.</translation>
    </message>
    <message>
        <source>The text layer of %1 could not be added (qpdf: %2)</source>
        <translation>No se pudo añadir la capa de texto de %1 (qpdf: %2)</translation>
    </message>
    <message>
        <source>No document is open to write %1</source>
        <translation>No hay ningún documento abierto para escribir %1</translation>
    </message>
    <message>
        <source>%1 is the input itself; Quire never writes over an input. Choose another folder.</source>
        <translation>%1 es la propia entrada; Quire nunca sobrescribe una entrada. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for %2; check that it can be written.</source>
        <translation>No se pudo crear la carpeta %1 para %2; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Check that the folder can be written.</source>
        <translation>No se pudo crear %1: %2. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Could not write %1 for %2 (qpdf: %3)</source>
        <translation>No se pudo escribir %1 para %2 (qpdf: %3)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check free disk space and permissions.</source>
        <translation>No se pudo escribir %1: %2. Compruebe el espacio libre en disco y los permisos.</translation>
    </message>
</context>
<context>
    <name>quire::Setting</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 debe ser un número de %2 a %3, no &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>%1 debe ser uno de los valores %2, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rendered at for recognition. 300 dpi reads small print well; 150 dpi is about four times faster but misses more. Scanned pages are read at their own resolution, at most this.</source>
        <translation>Resolución a la que se renderizan las páginas PDF para el reconocimiento. 300 dpi lee bien la letra pequeña; 150 dpi es unas cuatro veces más rápido, pero falla más. Las páginas escaneadas se leen a su propia resolución, como máximo esta.</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Scale coarser scans up to it</source>
        <translation>Ampliar escaneos de menor resolución</translation>
    </message>
    <message>
        <source>Scans below the resolution are normally read as they are, at their true resolution; this scales them up to it first.</source>
        <translation>Los escaneos por debajo de la resolución se leen normalmente tal como son, a su resolución real; esta opción los amplía antes hasta ella.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Tesseract languages joined with &apos;+&apos;, the main language first (e.g. eng+spa).</source>
        <translation>Idiomas de Tesseract unidos con &apos;+&apos;, con el idioma principal primero (p. ej., eng+spa).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>&amp;Text layer:</source>
        <translation>Capa de te&amp;xto:</translation>
    </message>
    <message>
        <source>auto: use a page&apos;s text layer where it holds the page&apos;s text and OCR the rest (milliseconds instead of a second of OCR); ocr: OCR every page; text: never OCR.</source>
        <translation>auto: usar la capa de texto de una página cuando contiene su texto y aplicar OCR al resto (milisegundos en vez de un segundo de OCR); ocr: OCR de todas las páginas; text: nunca OCR.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLÍTICA</translation>
    </message>
    <message>
        <source>Use it where present</source>
        <translation>Usarla si existe</translation>
    </message>
    <message>
        <source>Ignore, OCR all</source>
        <translation>Ignorarla, OCR de todo</translation>
    </message>
    <message>
        <source>Only it, no OCR</source>
        <translation>Solo ella, sin OCR</translation>
    </message>
    <message>
        <source>&amp;OpenCL:</source>
        <translation>&amp;OpenCL:</translation>
    </message>
    <message>
        <source>Image cleanup through OpenCL: auto uses a GPU when there is one (the CPU path is faster than PoCL&apos;s CPU device); on also takes PoCL; off stays on the CPU.</source>
        <translation>Limpieza de imagen mediante OpenCL: auto usa una GPU si la hay (la ruta de CPU es más rápida que el dispositivo de CPU de PoCL); on también acepta PoCL; off se queda en la CPU.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Auto (GPU if any)</source>
        <translation>Automático (GPU si la hay)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off (CPU)</source>
        <translation>Desactivado (CPU)</translation>
    </message>
    <message>
        <source>Cleanup:</source>
        <translation>Limpieza:</translation>
    </message>
    <message>
        <source>Even out contrast (CLAHE)</source>
        <translation>Igualar el contraste (CLAHE)</translation>
    </message>
    <message>
        <source>Equalise contrast before recognizing; helps faint or unevenly lit scans and costs a little time.</source>
        <translation>Igualar el contraste antes del reconocimiento; ayuda con escaneos tenues o con iluminación irregular y cuesta un poco de tiempo.</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Blanco y negro</translation>
    </message>
    <message>
        <source>Hand Tesseract a black-on-white page (Otsu threshold) instead of letting it threshold.</source>
        <translation>Entregar a Tesseract una página en negro sobre blanco (umbral de Otsu) en lugar de dejar que la binarice él.</translation>
    </message>
    <message>
        <source>Straighten skew</source>
        <translation>Enderezar la inclinación</translation>
    </message>
    <message>
        <source>Detect and correct small rotations (up to 10 degrees); --no-deskew leaves pages as they are.</source>
        <translation>Detectar y corregir pequeñas rotaciones (hasta 10 grados); --no-deskew deja las páginas como están.</translation>
    </message>
    <message>
        <source>Turn rotated pages</source>
        <translation>Girar las páginas rotadas</translation>
    </message>
    <message>
        <source>Detect pages turned by 90, 180 or 270 degrees (Tesseract OSD); --no-rotate reads them as they are.</source>
        <translation>Detectar páginas giradas 90, 180 o 270 grados (Tesseract OSD); --no-rotate las lee tal como están.</translation>
    </message>
    <message>
        <source>Recognize PDF pages at this lower DPI first, and again at --dpi only when their mean confidence is below --adaptive-threshold (0: off).</source>
        <translation>Reconocer primero las páginas PDF a este DPI más bajo, y de nuevo a --dpi solo cuando su confianza media esté por debajo de --adaptive-threshold (0: desactivado).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mean word confidence (0-100) below which an adaptive page is recognized again at full DPI.</source>
        <translation>Confianza media de las palabras (0-100) por debajo de la cual una página adaptativa se vuelve a reconocer al DPI completo.</translation>
    </message>
    <message>
        <source>Largest page &amp;image:</source>
        <translation>Tamaño máximo de &amp;imagen de página:</translation>
    </message>
    <message>
        <source>Pages larger than this many megapixels at the chosen resolution are rendered at a lower one.</source>
        <translation>Las páginas de más megapíxeles que este valor a la resolución elegida se renderizan a una resolución menor.</translation>
    </message>
    <message>
        <source>megapixels</source>
        <translation>megapíxeles</translation>
    </message>
    <message>
        <source>&amp;Retries per page:</source>
        <translation>&amp;Reintentos por página:</translation>
    </message>
    <message>
        <source>How often a page whose worker crashed or hung is tried again before it is marked failed.</source>
        <translation>Cuántas veces se reintenta una página cuyo trabajador se cerró inesperadamente o se colgó antes de marcarla como fallida.</translation>
    </message>
    <message>
        <source>Page &amp;timeout:</source>
        <translation>&amp;Tiempo límite por página:</translation>
    </message>
    <message>
        <source>Seconds a page may take; a page that takes longer is abandoned, its worker restarted and the page retried. 0 scales the time with the page&apos;s size.</source>
        <translation>Segundos que puede tardar una página; una página que tarde más se abandona, su trabajador se reinicia y la página se vuelve a intentar. 0 ajusta el tiempo al tamaño de la página.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>&amp;Heartbeat timeout:</source>
        <translation>Tiempo límite del &amp;latido:</translation>
    </message>
    <message>
        <source>Seconds a busy worker may stay silent before it is considered hung and restarted.</source>
        <translation>Segundos que un trabajador ocupado puede permanecer en silencio antes de considerarse colgado y reiniciarse.</translation>
    </message>
    <message>
        <source>Worker &amp;memory limit:</source>
        <translation>Límite de &amp;memoria del trabajador:</translation>
    </message>
    <message>
        <source>A worker using more memory than this many MB after a page is replaced by a fresh one.</source>
        <translation>Un trabajador que use más de estos MB de memoria tras una página se sustituye por uno nuevo.</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
</context>
<context>
    <name>quire::SettingsDialog</name>
    <message>
        <source>Quire Settings</source>
        <translation>Configuración de Quire</translation>
    </message>
    <message>
        <source>Automatic (%1 s at 300 dpi)</source>
        <translation>Automático (%1 s a 300 dpi)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>One password per line</source>
        <translation>Una contraseña por línea</translation>
    </message>
    <message>
        <source>Remember the passwords on this computer (stored unencrypted)</source>
        <translation>Recordar las contraseñas en este equipo (se guardan sin cifrar)</translation>
    </message>
    <message>
        <source>Passwords for encrypted PDFs</source>
        <translation>Contraseñas para PDF cifrados</translation>
    </message>
    <message>
        <source>Each password is tried in turn on every encrypted PDF.</source>
        <translation>Cada contraseña se prueba por turno en cada PDF cifrado.</translation>
    </message>
</context>
<context>
    <name>quire::SettingsPanel</name>
    <message>
        <source>Tesseract languages, joined with &apos;+&apos;, the main language first (e.g. eng+spa).</source>
        <translation>Idiomas de Tesseract unidos con &apos;+&apos;, con el idioma principal primero (p. ej., eng+spa).</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Tick the installed languages to use</source>
        <translation>Marque los idiomas instalados que quiera usar</translation>
    </message>
    <message>
        <source>Settings apply to a whole run; change them when it ends.</source>
        <translation>La configuración se aplica a toda una ejecución; cámbiela cuando termine.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No Tesseract languages are installed</source>
        <translation>No hay idiomas de Tesseract instalados</translation>
    </message>
    <message>
        <source>Cleanup device: known once a worker starts.</source>
        <translation>Dispositivo de limpieza: se conocerá cuando arranque un trabajador.</translation>
    </message>
    <message>
        <source>Cleanup runs on: %1</source>
        <translation>La limpieza se ejecuta en: %1</translation>
    </message>
    <message>
        <source>Choose OCR languages</source>
        <translation>Elegir los idiomas del OCR</translation>
    </message>
    <message>
        <source>Installed languages can be ticked; the others name the Debian package that adds them</source>
        <translation>Los idiomas instalados se pueden marcar; los demás indican el paquete de Debian que los añade</translation>
    </message>
    <message>
        <source>Not installed: %1 (Debian package: %2). Installed: %3.</source>
        <translation>No instalado: %1 (paquete de Debian: %2). Instalados: %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalados</translation>
    </message>
    <message>
        <source>%1: install %2</source>
        <translation>%1: instale %2</translation>
    </message>
    <message>
        <source>%1 is not installed. To read it, install the Debian package %2 (as root: apt install %2), then choose it here.</source>
        <translation>%1 no está instalado. Para leerlo, instale el paquete de Debian %2 (como root: apt install %2) y elíjalo aquí.</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Idiomas de OCR</translation>
    </message>
</context>
<context>
    <name>quire::ShardFolder</name>
    <message>
        <source>Cannot create the folder %1 for the shard files; check that it can be written.</source>
        <translation>No se puede crear la carpeta %1 para los archivos de los fragmentos; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot create a batch folder in %1; check that it can be written.</source>
        <translation>No se puede crear una carpeta de lote en %1; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot remove the finished batch folder %1; remove it by hand.</source>
        <translation>No se puede eliminar la carpeta del lote terminado %1; elimínela a mano.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 está dañado (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove the merged shard database %1: %2</source>
        <translation>No se puede eliminar la base de datos del fragmento ya fusionado %1: %2</translation>
    </message>
</context>
<context>
    <name>quire::ShardManifest</name>
    <message>
        <source>Cannot write the shard manifest %1: %2</source>
        <translation>No se puede escribir el manifiesto del fragmento %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the shard manifest %1: %2. It must be on a file system the node shares with the machine that submitted the job.</source>
        <translation>No se puede leer el manifiesto del fragmento %1: %2. Debe estar en un sistema de archivos que el nodo comparta con la máquina que envió el trabajo.</translation>
    </message>
    <message>
        <source>%1 is not a Quire shard manifest (%2).</source>
        <translation>%1 no es un manifiesto de fragmento de Quire (%2).</translation>
    </message>
    <message>
        <source>no quire-shard format mark</source>
        <translation>falta la marca de formato quire-shard</translation>
    </message>
    <message>
        <source>The shard manifest %1 has version %2; this Quire reads version %3. Run the same Quire version on the nodes as where you submit.</source>
        <translation>El manifiesto del fragmento %1 tiene la versión %2; este Quire lee la versión %3. Use en los nodos la misma versión de Quire que donde envía.</translation>
    </message>
    <message>
        <source>The settings in the shard manifest %1 do not give its settings key %2 (they give %3): it was written by another Quire version. Run the same Quire version on the nodes as where you submit.</source>
        <translation>Los ajustes del manifiesto del fragmento %1 no dan su clave de ajustes %2 (dan %3): lo escribió otra versión de Quire. Use en los nodos la misma versión de Quire que donde envía.</translation>
    </message>
    <message>
        <source>The shard manifest %1 has a damaged document entry (%2).</source>
        <translation>El manifiesto del fragmento %1 tiene una entrada de documento dañada (%2).</translation>
    </message>
    <message>
        <source>The shard manifest %1 lists no pages.</source>
        <translation>El manifiesto del fragmento %1 no enumera ninguna página.</translation>
    </message>
</context>
<context>
    <name>quire::ShardMerger</name>
    <message>
        <source>Could not merge the shard database %1 into %2 (%3): %4. The main database was not changed; run the merge again once the cause is fixed.</source>
        <translation>No se pudo fusionar la base de datos del fragmento %1 en %2 (%3): %4. La base de datos principal no cambió; repita la fusión cuando se haya corregido la causa.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>falló %n página</numerusform>
            <numerusform>fallaron %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>attaching it</source>
        <translation>al adjuntarla</translation>
    </message>
    <message>
        <source>The shard database %1 has schema %2 and the main database %3 schema %4: merge with the Quire version that wrote them.</source>
        <translation>La base de datos del fragmento %1 tiene el esquema %2 y la base de datos principal %3 el esquema %4: fusione con la versión de Quire que las escribió.</translation>
    </message>
    <message>
        <source>choosing the pages</source>
        <translation>al elegir las páginas</translation>
    </message>
    <message>
        <source>counting the pages</source>
        <translation>al contar las páginas</translation>
    </message>
    <message>
        <source>replacing failed pages</source>
        <translation>al sustituir las páginas fallidas</translation>
    </message>
    <message>
        <source>adding pages</source>
        <translation>al añadir páginas</translation>
    </message>
    <message>
        <source>adding words</source>
        <translation>al añadir palabras</translation>
    </message>
    <message>
        <source>adding corrections and the word list</source>
        <translation>al añadir las correcciones y la lista de palabras</translation>
    </message>
    <message>
        <source>adding the run records</source>
        <translation>al añadir los registros de ejecución</translation>
    </message>
    <message>
        <source>counting the documents</source>
        <translation>al contar los documentos</translation>
    </message>
    <message>
        <source>adding documents</source>
        <translation>al añadir documentos</translation>
    </message>
    <message>
        <source>updating the documents&apos; status</source>
        <translation>al actualizar el estado de los documentos</translation>
    </message>
    <message>
        <source>recording documents that could not be opened</source>
        <translation>al registrar los documentos que no se pudieron abrir</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>No se pudo abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not configure the database %1: %2.</source>
        <translation>No se pudo configurar la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The main database is not open; open it before merging %1.</source>
        <translation>La base de datos principal no está abierta; ábrala antes de fusionar %1.</translation>
    </message>
    <message>
        <source>There is no shard database at %1.</source>
        <translation>No hay ninguna base de datos de fragmento en %1.</translation>
    </message>
    <message>
        <source>Cannot open the shard database %1: %2</source>
        <translation>No se puede abrir la base de datos del fragmento %1: %2</translation>
    </message>
    <message>
        <source>starting the transaction; is another program writing the main database?</source>
        <translation>al iniciar la transacción; ¿hay otro programa escribiendo en la base de datos principal?</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>al confirmar</translation>
    </message>
</context>
<context>
    <name>quire::ShardProgress</name>
    <message>
        <source>Cannot write the progress file %1: %2</source>
        <translation>No se puede escribir el archivo de progreso %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the progress file %1: %2</source>
        <translation>No se puede leer el archivo de progreso %1: %2</translation>
    </message>
    <message>
        <source>The progress file %1 is damaged (%2).</source>
        <translation>El archivo de progreso %1 está dañado (%2).</translation>
    </message>
</context>
<context>
    <name>quire::SlurmJob</name>
    <message>
        <source># Quire: one task per shard of batch %1 of %2.
</source>
        <translation># Quire: una tarea por fragmento del lote %1 de %2.
</translation>
    </message>
    <message>
        <source># Each task processes its shard&apos;s pages into a database of its own, with one worker
# per CPU Slurm gave it (SLURM_CPUS_PER_TASK); the merge job or `quire-cli merge`
# brings them into the main database.
</source>
        <translation># Cada tarea procesa las páginas de su fragmento en una base de datos propia, con un
# trabajador por CPU que le dio Slurm (SLURM_CPUS_PER_TASK); el trabajo de fusión o
# `quire-cli merge` las lleva a la base de datos principal.
</translation>
    </message>
    <message>
        <source># Quire: merges the shard databases of %1 once the array job has ended.
</source>
        <translation># Quire: fusiona las bases de datos de los fragmentos de %1 cuando termine el job array.
</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 se bloqueó.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; is slurmctld running and reachable?</source>
        <translation>%1 no respondió en %2 s; ¿está slurmctld en marcha y accesible?</translation>
    </message>
    <message>
        <source>%1 could not be started (%2). Install the Slurm client tools (Debian: slurm-client) and run this on a machine that can submit Slurm jobs.</source>
        <translation>No se pudo iniciar %1 (%2). Instale las herramientas cliente de Slurm (Debian: slurm-client) y ejecute esto en una máquina que pueda enviar trabajos a Slurm.</translation>
    </message>
    <message>
        <source>sbatch refused the job array (%1). Check the Slurm options (--partition, --account, --time, --sbatch-arg); the script is %2.</source>
        <translation>sbatch rechazó el job array (%1). Revise las opciones de Slurm (--partition, --account, --time, --sbatch-arg); el script es %2.</translation>
    </message>
    <message>
        <source>The job array %1 was submitted, but sbatch refused its merge job (%2); run quire-cli merge when the array has ended.</source>
        <translation>Se envió el job array %1, pero sbatch rechazó su trabajo de fusión (%2); ejecute quire-cli merge cuando el array haya terminado.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue falló: %1</translation>
    </message>
</context>
<context>
    <name>quire::SqliteExporter</name>
    <message>
        <source>%1 %2: %3. Check that the folder exists, can be written and has free space.</source>
        <translation>%1 %2: %3. Compruebe que la carpeta existe, que se puede escribir en ella y que tiene espacio libre.</translation>
    </message>
    <message>
        <source>Could not create the SQLite file</source>
        <translation>No se pudo crear el archivo SQLite</translation>
    </message>
    <message>
        <source>Could not create the tables of</source>
        <translation>No se pudieron crear las tablas de</translation>
    </message>
    <message>
        <source>Could not write the documents to</source>
        <translation>No se pudieron escribir los documentos en</translation>
    </message>
    <message>
        <source>Could not write the pages to</source>
        <translation>No se pudieron escribir las páginas en</translation>
    </message>
    <message>
        <source>Could not export to %1 because the results could not be read: %2</source>
        <translation>No se pudo exportar a %1 porque no se pudieron leer los resultados: %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Could not replace the existing file %1; check its permissions.</source>
        <translation>No se pudo reemplazar el archivo existente %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Could not move the finished export into place at %1; check the folder&apos;s permissions.</source>
        <translation>No se pudo mover la exportación terminada a su ubicación en %1; compruebe los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>quire::Store</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>%1 (database %2): %3.</source>
        <translation>%1 (base de datos %2): %3.</translation>
    </message>
    <message>
        <source>The run database is not open; open a database file before reading or writing results.</source>
        <translation>La base de datos de ejecución no está abierta; abra un archivo de base de datos antes de leer o escribir resultados.</translation>
    </message>
    <message>
        <source>Could not start creating the tables</source>
        <translation>No se pudo empezar a crear las tablas</translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation>No se pudo leer la versión del esquema</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Quire (schema %2; this version reads schema %3). Open it with a newer Quire or choose another database file.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Quire (esquema %2; esta versión lee el esquema %3). Ábrala con una versión más reciente de Quire o elija otro archivo de base de datos.</translation>
    </message>
    <message>
        <source>Could not create the tables</source>
        <translation>No se pudieron crear las tablas</translation>
    </message>
    <message>
        <source>Could not save the tables</source>
        <translation>No se pudieron guardar las tablas</translation>
    </message>
    <message>
        <source>Could not save page %1</source>
        <translation>No se pudo guardar la página %1</translation>
    </message>
    <message>
        <source>Could not replace the words of page %1</source>
        <translation>No se pudieron reemplazar las palabras de la página %1</translation>
    </message>
    <message>
        <source>Could not save the words of page %1</source>
        <translation>No se pudieron guardar las palabras de la página %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not start saving %n page result(s)</source>
        <translation>
            <numerusform>No se pudo empezar a guardar %n resultado de página</numerusform>
            <numerusform>No se pudo empezar a guardar %n resultados de página</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay queued; check that no other program is writing this file.</source>
        <translation>Siguen en cola; compruebe que ningún otro programa está escribiendo en este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The %n queued page result(s) were kept and will be written with the next flush.</source>
        <translation>
            <numerusform>Se conservó %n resultado de página en cola y se escribirá en el próximo volcado.</numerusform>
            <numerusform>Se conservaron los %n resultados de página en cola y se escribirán en el próximo volcado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not commit %n page result(s)</source>
        <translation>
            <numerusform>No se pudo confirmar %n resultado de página</numerusform>
            <numerusform>No se pudieron confirmar %n resultados de página</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay queued; check free disk space.</source>
        <translation>Siguen en cola; compruebe el espacio libre en disco.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the run database; check that it can be written.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos de ejecución; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not open or create the file</source>
        <translation>No se pudo abrir ni crear el archivo</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <source>Choose a Quire run database or a new file name.</source>
        <translation>Elija una base de datos de ejecución de Quire o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The database %1 could not switch to WAL mode (it uses %2); readers will wait for the writer.</source>
        <translation>La base de datos %1 no pudo cambiar al modo WAL (usa %2); los lectores esperarán al escritor.</translation>
    </message>
    <message>
        <source>Could not configure the database</source>
        <translation>No se pudo configurar la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>Closing the run database lost %n page result(s): %1</source>
        <translation>
            <numerusform>Al cerrar la base de datos de ejecución se perdió %n resultado de página: %1</numerusform>
            <numerusform>Al cerrar la base de datos de ejecución se perdieron %n resultados de página: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the start of the run</source>
        <translation>No se pudo registrar el inicio de la ejecución</translation>
    </message>
    <message>
        <source>Could not record the end of run %1</source>
        <translation>No se pudo registrar el final de la ejecución %1</translation>
    </message>
    <message>
        <source>Could not record the document %1</source>
        <translation>No se pudo registrar el documento %1</translation>
    </message>
    <message>
        <source>Could not update the state of document %1</source>
        <translation>No se pudo actualizar el estado del documento %1</translation>
    </message>
    <message>
        <source>There is no document with id %1 in the database %2.</source>
        <translation>No hay ningún documento con id %1 en la base de datos %2.</translation>
    </message>
    <message>
        <source>Could not read document %1</source>
        <translation>No se pudo leer el documento %1</translation>
    </message>
    <message>
        <source>Could not read the list of documents</source>
        <translation>No se pudo leer la lista de documentos</translation>
    </message>
    <message>
        <source>Could not read the finished pages</source>
        <translation>No se pudieron leer las páginas terminadas</translation>
    </message>
    <message>
        <source>Could not read the failed pages</source>
        <translation>No se pudieron leer las páginas fallidas</translation>
    </message>
    <message>
        <source>Could not read the words of page %1 of %2</source>
        <translation>No se pudieron leer las palabras de la página %1 de %2</translation>
    </message>
    <message>
        <source>Could not read the pages of %1</source>
        <translation>No se pudieron leer las páginas de %1</translation>
    </message>
    <message>
        <source>Could not bring the tables up to schema 2 (review and search)</source>
        <translation>No se pudieron actualizar las tablas al esquema 2 (revisión y búsqueda)</translation>
    </message>
    <message>
        <source>The file was not changed; check free disk space and that SQLite has FTS5.</source>
        <translation>El archivo no se modificó; compruebe el espacio libre en disco y que SQLite incluye FTS5.</translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation>No se pudo registrar la versión del esquema</translation>
    </message>
    <message>
        <source>Could not read the corrections of page %1</source>
        <translation>No se pudieron leer las correcciones de la página %1</translation>
    </message>
    <message>
        <source>Page %1 was recognized again and no longer has the word &quot;%2&quot; that was corrected to &quot;%3&quot;; the correction is kept in the corrections table of %4. Correct the new word again if needed.</source>
        <translation>La página %1 se reconoció de nuevo y ya no contiene la palabra &quot;%2&quot; que se corrigió como &quot;%3&quot;; la corrección se conserva en la tabla de correcciones de %4. Vuelva a corregir la nueva palabra si es necesario.</translation>
    </message>
    <message>
        <source>Could not keep the corrections of page %1</source>
        <translation>No se pudieron conservar las correcciones de la página %1</translation>
    </message>
    <message>
        <source>Could not read the text of a corrected page</source>
        <translation>No se pudo leer el texto de una página corregida</translation>
    </message>
    <message>
        <source>Could not count the stored pages</source>
        <translation>No se pudieron contar las páginas guardadas</translation>
    </message>
    <message>
        <source>Word %1 cannot be corrected to empty text; type the word as it stands on the page.</source>
        <translation>La palabra %1 no se puede corregir con un texto vacío; escriba la palabra tal como aparece en la página.</translation>
    </message>
    <message>
        <source>Could not start saving the correction of word %1</source>
        <translation>No se pudo empezar a guardar la corrección de la palabra %1</translation>
    </message>
    <message>
        <source>Check that no other program is writing this file.</source>
        <translation>Compruebe que ningún otro programa está escribiendo en este archivo.</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and correct the word there.</source>
        <translation>No hay ninguna palabra con id %1 en la base de datos %2; puede que la página se haya reconocido de nuevo. Vuelva a cargar la página y corrija allí la palabra.</translation>
    </message>
    <message>
        <source>Could not read word %1</source>
        <translation>No se pudo leer la palabra %1</translation>
    </message>
    <message>
        <source>Could not save the correction of word %1</source>
        <translation>No se pudo guardar la corrección de la palabra %1</translation>
    </message>
    <message>
        <source>Could not commit the correction of word %1</source>
        <translation>No se pudo confirmar la corrección de la palabra %1</translation>
    </message>
    <message>
        <source>Could not save the review of word %1</source>
        <translation>No se pudo guardar la revisión de la palabra %1</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and review the word there.</source>
        <translation>No hay ninguna palabra con id %1 en la base de datos %2; puede que la página se haya reconocido de nuevo. Vuelva a cargar la página y revise allí la palabra.</translation>
    </message>
    <message>
        <source>Could not read the words to review</source>
        <translation>No se pudieron leer las palabras que revisar</translation>
    </message>
    <message>
        <source>Could not count the words to review</source>
        <translation>No se pudieron contar las palabras que revisar</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the word list.</source>
        <translation>No se puede añadir una palabra vacía a la lista de palabras.</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list</source>
        <translation>No se pudo añadir &quot;%1&quot; a la lista de palabras</translation>
    </message>
    <message>
        <source>Could not read the word list</source>
        <translation>No se pudo leer la lista de palabras</translation>
    </message>
    <message>
        <source>Could not search for &quot;%1&quot;</source>
        <translation>No se pudo buscar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not check whether a page&apos;s text was edited</source>
        <translation>No se pudo comprobar si se editó el texto de una página</translation>
    </message>
    <message>
        <source>Could not read the words of an edited page</source>
        <translation>No se pudieron leer las palabras de una página editada</translation>
    </message>
    <message>
        <source>Could not read the edited text of a page</source>
        <translation>No se pudo leer el texto editado de una página</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Could not start saving the edited text of %1</source>
        <translation>No se pudo empezar a guardar el texto editado de %1</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <source>There is no stored %1 in the database %2; recognize the document first.</source>
        <translation>No hay ninguna %1 almacenada en la base de datos %2; reconozca primero el documento.</translation>
    </message>
    <message>
        <source>Could not record the edit of %1</source>
        <translation>No se pudo registrar la edición de %1</translation>
    </message>
    <message>
        <source>Could not commit the edited text of %1</source>
        <translation>No se pudo confirmar el texto editado de %1</translation>
    </message>
    <message>
        <source>Could not bring the tables up to schema 3 (dictionary check)</source>
        <translation>No se pudieron actualizar las tablas al esquema 3 (comprobación de diccionario)</translation>
    </message>
    <message>
        <source>The file was not changed; check free disk space.</source>
        <translation>El archivo no se modificó; compruebe el espacio libre en disco.</translation>
    </message>
    <message>
        <source>Check free disk space and that the folder can be written.</source>
        <translation>Compruebe el espacio libre en disco y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Check free disk space and that the file and its folder can be written.</source>
        <translation>Compruebe el espacio libre en disco y que se puede escribir en el archivo y su carpeta.</translation>
    </message>
    <message>
        <source>Could not read the words of a page</source>
        <translation>No se pudieron leer las palabras de una página</translation>
    </message>
    <message>
        <source>Could not save the corrected text of a page</source>
        <translation>No se pudo guardar el texto corregido de una página</translation>
    </message>
    <message>
        <source>Could not read page %1 of %2</source>
        <translation>No se pudo leer la página %1 de %2</translation>
    </message>
    <message>
        <source>Could not record that document %1 moved to %2</source>
        <translation>No se pudo registrar que el documento %1 se movió a %2</translation>
    </message>
</context>
<context>
    <name>quire::SweepDialog</name>
    <message>
        <source>Find the Sweet Spot</source>
        <translation>Buscar el punto óptimo</translation>
    </message>
    <message>
        <source>More workers are faster only up to a point: past it they compete for cores, memory and the accelerator. This processes the same pages once per worker count (into a temporary database, nothing is kept) and finds the smallest count within 5% of the best pages per minute.</source>
        <translation>Más trabajadores son más rápidos solo hasta cierto punto: a partir de ahí compiten por los núcleos, la memoria y el acelerador. Esto procesa las mismas páginas una vez por cada número de trabajadores (en una base de datos temporal; no se conserva nada) y encuentra el número más pequeño que queda a menos del 5% del mejor resultado en páginas por minuto.</translation>
    </message>
    <message>
        <source>Worker counts to measure, separated by commas</source>
        <translation>Números de trabajadores que medir, separados por comas</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>&amp;Worker counts:</source>
        <translation>&amp;Números de trabajadores:</translation>
    </message>
    <message>
        <source>Press Start to measure.</source>
        <translation>Pulse Iniciar para medir.</translation>
    </message>
    <message>
        <source>Throughput against workers</source>
        <translation>Rendimiento frente a trabajadores</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>páginas/min</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>aceleración (×)</translation>
    </message>
    <message>
        <source>efficiency (speedup / workers)</source>
        <translation>eficiencia (aceleración / trabajadores)</translation>
    </message>
    <message>
        <source>sweet spot</source>
        <translation>punto óptimo</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabajadores</translation>
    </message>
    <message>
        <source>speedup · efficiency</source>
        <translation>aceleración · eficiencia</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Pages/min</source>
        <translation>Páginas/min</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Use the sweet spot</source>
        <translation>Usar el punto óptimo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) of this run</source>
        <translation>
            <numerusform>%n archivo o carpeta de esta ejecución</numerusform>
            <numerusform>%n archivos o carpetas de esta ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents: add some to the run first (the bundled samples were not found).</source>
        <translation>No hay documentos: añada primero algunos a la ejecución (no se encontraron los ejemplos incluidos).</translation>
    </message>
    <message>
        <source>The bundled samples in %1 (add documents to measure on your own).</source>
        <translation>Los ejemplos incluidos en %1 (añada documentos para medir con los suyos).</translation>
    </message>
    <message>
        <source>There is nothing to measure on: add documents to the run first.</source>
        <translation>No hay nada con qué medir: añada primero documentos a la ejecución.</translation>
    </message>
    <message>
        <source>Give at least one worker count, e.g. 1, 2, 4.</source>
        <translation>Indique al menos un número de trabajadores, p. ej., 1, 2, 4.</translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2)…</source>
        <translation>
            <numerusform>Midiendo con %n trabajador (paso %1 de %2)…</numerusform>
            <numerusform>Midiendo con %n trabajadores (paso %1 de %2)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2): page %3 of %4…</source>
        <translation>
            <numerusform>Midiendo con %n trabajador (paso %1 de %2): página %3 de %4…</numerusform>
            <numerusform>Midiendo con %n trabajadores (paso %1 de %2): página %3 de %4…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2): %3 page(s) done…</source>
        <translation>
            <numerusform>Midiendo con %n trabajador (paso %1 de %2): páginas hechas: %3…</numerusform>
            <numerusform>Midiendo con %n trabajadores (paso %1 de %2): páginas hechas: %3…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>El barrido se detuvo: %1</translation>
    </message>
    <message>
        <source>Stopped. The counts measured so far are shown.</source>
        <translation>Detenido. Se muestran los números medidos hasta ahora.</translation>
    </message>
    <message>
        <source>No pages were processed, so nothing could be measured. Check the documents.</source>
        <translation>No se procesó ninguna página, así que no se pudo medir nada. Revise los documentos.</translation>
    </message>
    <message numerus="yes">
        <source>Sweet spot: %n worker(s), %1 pages/min. More workers add less than 5%.</source>
        <translation>
            <numerusform>Punto óptimo: %n trabajador, %1 páginas/min. Más trabajadores aportan menos del 5%.</numerusform>
            <numerusform>Punto óptimo: %n trabajadores, %1 páginas/min. Más trabajadores aportan menos del 5%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sweet spot: %n worker(s)</source>
        <translation>
            <numerusform>punto óptimo: %n trabajador</numerusform>
            <numerusform>punto óptimo: %n trabajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ★ sweet spot</source>
        <translation>%1 ★ punto óptimo</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Measure &amp;again</source>
        <translation>Medir de &amp;nuevo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use %n worker(s)</source>
        <translation>
            <numerusform>&amp;Usar %n trabajador</numerusform>
            <numerusform>&amp;Usar %n trabajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the sweet spot</source>
        <translation>&amp;Usar el punto óptimo</translation>
    </message>
    <message>
        <source>The documents added last</source>
        <translation>Los últimos documentos añadidos</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of this database, %1 pages</source>
        <translation>
            <numerusform>%n documento de esta base de datos, %1 páginas</numerusform>
            <numerusform>%n documentos de esta base de datos, %1 páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::TextExporter</name>
    <message>
        <source>text</source>
        <translation>de texto</translation>
    </message>
</context>
<context>
    <name>quire::ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniaturas de página</translation>
    </message>
    <message>
        <source>%1
Could not be opened: %2</source>
        <translation>%1
No se pudo abrir: %2</translation>
    </message>
    <message>
        <source>%1 p%2</source>
        <translation>%1 p. %2</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, página %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>No thumbnail: %1</source>
        <translation>Sin miniatura: %1</translation>
    </message>
    <message>
        <source>Pages in the order they finished. Arrow keys select a page and show it; failed pages say why.</source>
        <translation>Páginas en el orden en que terminaron. Las flechas seleccionan una página y la muestran; las páginas fallidas dicen por qué.</translation>
    </message>
    <message>
        <source>%1, could not be opened</source>
        <translation>%1, no se pudo abrir</translation>
    </message>
    <message>
        <source>%1, page %2, failed</source>
        <translation>%1, página %2, fallida</translation>
    </message>
</context>
<context>
    <name>quire::WatchController</name>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Vigilar carpeta…</translation>
    </message>
    <message>
        <source>Process every document that arrives in a folder, as it arrives, into this database</source>
        <translation>Procesar en esta base de datos cada documento que llegue a una carpeta, a medida que llega</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>No se puede vigilar %1: %2</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Se dejó de vigilar %1.</translation>
    </message>
    <message>
        <source>Watching %1: documents that arrive there are processed into this database as they come.</source>
        <translation>Vigilando %1: los documentos que lleguen allí se procesan en esta base de datos a medida que llegan.</translation>
    </message>
</context>
<context>
    <name>quire::WatchRun</name>
    <message>
        <source>it is gone</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>it changed after it was read; the new version is looked at next</source>
        <translation>cambió después de leerse; a continuación se examina la versión nueva</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (a %2)</translation>
    </message>
    <message>
        <source>no free name next to %1</source>
        <translation>no hay ningún nombre libre junto a %1</translation>
    </message>
    <message>
        <source>done before: %1</source>
        <translation>hecho antes: %1</translation>
    </message>
    <message numerus="yes">
        <source>done: %1: %n page(s), the same content as %2 (not read again)</source>
        <translation>
            <numerusform>hecho: %1: %n página, el mismo contenido que %2 (no se vuelve a leer)</numerusform>
            <numerusform>hecho: %1: %n páginas, el mismo contenido que %2 (no se vuelve a leer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %1: %n page(s) in %2 s</source>
        <translation>
            <numerusform>hecho: %1: %n página en %2 s</numerusform>
            <numerusform>hecho: %1: %n páginas en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>partly failed before: %1</source>
        <translation>falló en parte antes: %1</translation>
    </message>
    <message numerus="yes">
        <source>partly failed: %1: %2 of %n page(s) failed in %3 s: %4</source>
        <translation>
            <numerusform>falló en parte: %1: fallaron %2 de %n página en %3 s: %4</numerusform>
            <numerusform>falló en parte: %1: fallaron %2 de %n páginas en %3 s: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>failed before: %1</source>
        <translation>falló antes: %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>falló: %1: %2</translation>
    </message>
    <message>
        <source>; moved to %1</source>
        <translation>; movido a %1</translation>
    </message>
    <message>
        <source>; not moved: %1</source>
        <translation>; no movido: %1</translation>
    </message>
    <message>
        <source>%1 is no PDF or image (PNG, JPEG, TIFF); left alone.</source>
        <translation>%1 no es un PDF ni una imagen (PNG, JPEG, TIFF); se deja como está.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; check the path and its permissions.</source>
        <translation>No se puede crear la carpeta %1; compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Already watching.</source>
        <translation>Ya se está vigilando.</translation>
    </message>
    <message>
        <source>No database is open; open or create one first.</source>
        <translation>No hay ninguna base de datos abierta; abra o cree una primero.</translation>
    </message>
    <message numerus="yes">
        <source>idle: no work for %n s; the workers stopped and start again when a file comes.</source>
        <translation>
            <numerusform>inactivo: sin trabajo durante %n s; los trabajadores se detuvieron y vuelven a arrancar cuando llegue un archivo.</numerusform>
            <numerusform>inactivo: sin trabajo durante %n s; los trabajadores se detuvieron y vuelven a arrancar cuando llegue un archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>busy: work came; workers start.</source>
        <translation>ocupado: llegó trabajo; los trabajadores arrancan.</translation>
    </message>
    <message>
        <source>%1 was saved again unchanged; it is not processed again.</source>
        <translation>%1 se volvió a guardar sin cambios; no se vuelve a procesar.</translation>
    </message>
    <message numerus="yes">
        <source>The run is not going; %n file(s) wait for the next start.</source>
        <translation>
            <numerusform>La ejecución no está en marcha; %n archivo espera al próximo inicio.</numerusform>
            <numerusform>La ejecución no está en marcha; %n archivos esperan al próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>it changed while it was processed; the new version is processed next</source>
        <translation>cambió mientras se procesaba; a continuación se procesa la versión nueva</translation>
    </message>
    <message>
        <source>its results could not be written to the database (%1)</source>
        <translation>sus resultados no se pudieron escribir en la base de datos (%1)</translation>
    </message>
    <message>
        <source>the database still names the old place: %1</source>
        <translation>la base de datos aún indica la ubicación antigua: %1</translation>
    </message>
    <message>
        <source>the database no longer holds it</source>
        <translation>la base de datos ya no lo contiene</translation>
    </message>
    <message>
        <source>; searchable PDF %1</source>
        <translation>; PDF con capacidad de búsqueda %1</translation>
    </message>
    <message>
        <source>; no searchable PDF: %1</source>
        <translation>; sin PDF con capacidad de búsqueda: %1</translation>
    </message>
    <message>
        <source>The folder for processed files or searchable PDFs cannot be the watched folder %1 itself; choose another (a folder inside it is fine: it is not watched).</source>
        <translation>La carpeta para los archivos procesados o los PDF con capacidad de búsqueda no puede ser la propia carpeta vigilada %1; elija otra (una carpeta dentro de ella sirve: no se vigila).</translation>
    </message>
</context>
<context>
    <name>quire::WorkerProcess</name>
    <message>
        <source>took longer than the page timeout (%1 s)</source>
        <translation>superó el tiempo límite por página (%1 s)</translation>
    </message>
    <message>
        <source>stopped responding (no heartbeat for %1 s)</source>
        <translation>dejó de responder (sin latido durante %1 s)</translation>
    </message>
    <message>
        <source>could not be started (%1): %2. Reinstall Quire, or point QUIRE_WORKER at quire-worker</source>
        <translation>no se pudo iniciar (%1): %2. Reinstale Quire o haga que QUIRE_WORKER apunte a quire-worker</translation>
    </message>
    <message>
        <source>sent a malformed message (%1)</source>
        <translation>envió un mensaje mal formado (%1)</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>se cerró inesperadamente</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
</context>
<context>
    <name>quire::WorkerSweep</name>
    <message>
        <source>Cannot create a temporary folder for the sweep: %1</source>
        <translation>No se puede crear una carpeta temporal para el barrido: %1</translation>
    </message>
</context>
<context>
    <name>quire::WorkerTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Renderizado</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Worker number</source>
        <translation>Número de trabajador</translation>
    </message>
    <message>
        <source>Process id of the quire-worker process</source>
        <translation>Id. de proceso del proceso quire-worker</translation>
    </message>
    <message>
        <source>The page in work and how far its recognition is</source>
        <translation>La página en curso y cuánto ha avanzado su reconocimiento</translation>
    </message>
    <message>
        <source>Pages this worker finished</source>
        <translation>Páginas que terminó este trabajador</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent opening and rendering the page (or reading its text layer)</source>
        <translation>Milisegundos medios por página dedicados a abrir y renderizar la página (o a leer su capa de texto)</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent cleaning the image (contrast, threshold, deskew, rotation)</source>
        <translation>Milisegundos medios por página dedicados a limpiar la imagen (contraste, umbral, enderezado, rotación)</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent in Tesseract</source>
        <translation>Milisegundos medios por página dedicados a Tesseract</translation>
    </message>
    <message>
        <source>Resident memory of the worker process, in MB, after its last page</source>
        <translation>Memoria residente del proceso trabajador, en MB, tras su última página</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1, page %2 (%3%)</source>
        <translation>%1, página %2 (%3%)</translation>
    </message>
    <message>
        <source>Image cleanup on %1</source>
        <translation>Limpieza de imagen en %1</translation>
    </message>
</context>
<context>
    <name>quire::cli</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>Language &apos;%1&apos; is not installed. Installed: %2. Install the tesseract-ocr-%1 package.</source>
        <translation>El idioma &apos;%1&apos; no está instalado. Instalados: %2. Instale el paquete tesseract-ocr-%1.</translation>
    </message>
    <message>
        <source>Score recognized text against ground truth: character error rate (CER) and bag-of-words recall.
Ground truth is NAME.gt.txt for a single-page document or image NAME.*, and NAME.pNN.gt.txt for page NN of a multi-page one.</source>
        <translation>Puntúa el texto reconocido frente a la referencia (ground truth): tasa de error de caracteres (CER) y exhaustividad (recall) de bolsa de palabras.
La referencia es NAME.gt.txt para un documento o imagen de una sola página NAME.*, y NAME.pNN.gt.txt para la página NN de uno de varias páginas.</translation>
    </message>
    <message>
        <source>Database to score.</source>
        <translation>Base de datos que puntuar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Folder of *.gt.txt files (searched recursively).</source>
        <translation>Carpeta de archivos *.gt.txt (se busca de forma recursiva).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Score NAME.txt files (e.g. from the tesseract command) instead of a database.</source>
        <translation>Puntuar archivos NAME.txt (p. ej., generados con el comando tesseract) en lugar de una base de datos.</translation>
    </message>
    <message>
        <source>Usage: quire-cli eval (--db FILE | --text-dir DIR) --ground-truth DIR</source>
        <translation>Uso: quire-cli eval (--db ARCHIVO | --text-dir DIR) --ground-truth DIR</translation>
    </message>
    <message>
        <source>The ground-truth folder %1 does not exist.</source>
        <translation>La carpeta de referencia %1 no existe.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaust.</translation>
    </message>
    <message>
        <source>gt chars</source>
        <translation>car. ref</translation>
    </message>
    <message>
        <source>gt words</source>
        <translation>pal. ref</translation>
    </message>
    <message>
        <source>overall (%1 pages)</source>
        <translation>total (%1 páginas)</translation>
    </message>
    <message>
        <source>%1 ground-truth pages had no recognized page to compare: %2</source>
        <translation>%1 páginas de referencia no tenían ninguna página reconocida con la que compararse: %2</translation>
    </message>
    <message>
        <source>No recognized page matched a ground-truth file.</source>
        <translation>Ninguna página reconocida coincidió con un archivo de referencia.</translation>
    </message>
    <message>
        <source>Database file (default: quire.sqlite).</source>
        <translation>Archivo de base de datos (predeterminado: quire.sqlite).</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Archivo CSV que escribir.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 debe ser un número de %2 a %3, no &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>OCR files and folders (PDF, PNG, JPEG, TIFF) into an SQLite database.
Running the same command again skips pages already done.</source>
        <translation>Aplica OCR a archivos y carpetas (PDF, PNG, JPEG, TIFF) y guarda el resultado en una base de datos SQLite.
Si se vuelve a ejecutar el mismo comando, se omiten las páginas ya hechas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>CONTRASEÑA</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Files and folders to process.</source>
        <translation>Archivos y carpetas que procesar.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>RUTA...</translation>
    </message>
    <message>
        <source>Find the worker count where more workers stop helping: process the same pages once per count (into a temporary database) and print pages/min, speedup and efficiency.</source>
        <translation>Encuentra el número de trabajadores a partir del cual añadir más deja de ayudar: procesa las mismas páginas una vez por cada número (en una base de datos temporal) e imprime páginas/min, aceleración y eficiencia.</translation>
    </message>
    <message>
        <source>--workers takes a list of counts from 1 to 256, e.g. 1,2,4; not &apos;%1&apos;.</source>
        <translation>--workers admite una lista de números de 1 a 256, p. ej., 1,2,4; no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--adaptive-dpi must be at least 50 and below --dpi (%1).</source>
        <translation>--adaptive-dpi debe ser al menos 50 e inferior a --dpi (%1).</translation>
    </message>
    <message>
        <source>Give at least one file or folder to process.
</source>
        <translation>Indique al menos un archivo o carpeta que procesar.
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>Quire %1: %2 workers, %3 DPI, languages %4, text layer %5 -&gt; %6</source>
        <translation>Quire %1: %2 trabajadores, %3 DPI, idiomas %4, capa de texto %5 -&gt; %6</translation>
    </message>
    <message>
        <source>  image cleanup on %1</source>
        <translation>  limpieza de imagen en %1</translation>
    </message>
    <message>
        <source>No PDF or image files found in the given paths.</source>
        <translation>No se encontraron archivos PDF ni de imagen en las rutas indicadas.</translation>
    </message>
    <message>
        <source>Nothing to process.</source>
        <translation>Nada que procesar.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not PDFs or images.</source>
        <translation>
            <numerusform>Se omitió %n archivo que no es PDF ni imagen.</numerusform>
            <numerusform>Se omitieron %n archivos que no son PDF ni imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>  CPU: workers %1 s, coordinator %2 s (%3% of the run)</source>
        <translation>  CPU: trabajadores %1 s, coordinador %2 s (%3% de la ejecución)</translation>
    </message>
    <message>
        <source>error: CSV export failed: %1</source>
        <translation>error: falló la exportación a CSV: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Interrupted. Everything finished so far is saved; run the same command again to continue.</source>
        <translation>Interrumpido. Todo lo terminado hasta ahora está guardado; vuelva a ejecutar el mismo comando para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabaj.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>págs.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>págs./min</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>acel.</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>eficiencia</translation>
    </message>
    <message>
        <source>  &lt;- sweet spot</source>
        <translation>  &lt;- punto óptimo</translation>
    </message>
    <message>
        <source>No pages were processed.</source>
        <translation>No se procesó ninguna página.</translation>
    </message>
    <message>
        <source>One CSV row per word (with its box and confidence) instead of one row per page.</source>
        <translation>Una fila CSV por palabra (con su cuadro y su confianza) en lugar de una fila por página.</translation>
    </message>
    <message>
        <source>Folder for one .txt file per document (pages separated by form feeds).</source>
        <translation>Carpeta para un archivo .txt por documento (páginas separadas por saltos de página).</translation>
    </message>
    <message>
        <source>Folder for one .hocr file per document.</source>
        <translation>Carpeta para un archivo .hocr por documento.</translation>
    </message>
    <message>
        <source>Standalone SQLite file of the results to write.</source>
        <translation>Archivo SQLite independiente en el que escribir los resultados.</translation>
    </message>
    <message>
        <source>%1 export failed: %2</source>
        <translation>Falló la exportación a %1: %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>error: %1 does not exist.</source>
        <translation>error: %1 no existe.</translation>
    </message>
    <message>
        <source>The word list %1 given to --user-words cannot be read.</source>
        <translation>No se puede leer la lista de palabras %1 indicada en --user-words.</translation>
    </message>
    <message>
        <source>Score the text as corrected in review (and edited), not as recognized.</source>
        <translation>Puntuar el texto tal como quedó corregido en la revisión (y editado), no tal como se reconoció.</translation>
    </message>
    <message>
        <source>Give either --shard or files and folders, not both.</source>
        <translation>Indique --shard o archivos y carpetas, no ambos.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminado: %1</translation>
    </message>
    <message>
        <source>The documents of a cluster job must be on a file system every node shares.</source>
        <translation>Los documentos de un trabajo del clúster deben estar en un sistema de archivos que compartan todos los nodos.</translation>
    </message>
    <message>
        <source>OCR files and folders on a Slurm cluster: the pages not done yet are cut into shards, one task of a job array each, and a merge job brings every shard&apos;s database into the main one. Submitting the same command again does only what is missing or failed. Inputs and the database must be on a file system the nodes share, and Quire must be installed on the nodes.</source>
        <translation>OCR de archivos y carpetas en un clúster Slurm: las páginas aún no hechas se dividen en fragmentos, cada uno una tarea de un job array, y un trabajo de fusión lleva la base de datos de cada fragmento a la principal. Enviar la misma orden de nuevo solo hace lo que falta o falló. Las entradas y la base de datos deben estar en un sistema de archivos que compartan los nodos, y Quire debe estar instalado en los nodos.</translation>
    </message>
    <message>
        <source>Pages per shard (default 300): a few hundred keep the scheduler&apos;s load low.</source>
        <translation>Páginas por fragmento (predeterminado 300): unos cientos mantienen baja la carga del planificador.</translation>
    </message>
    <message>
        <source>Slurm partition (sbatch --partition).</source>
        <translation>Partición de Slurm (sbatch --partition).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Slurm account (sbatch --account).</source>
        <translation>Cuenta de Slurm (sbatch --account).</translation>
    </message>
    <message>
        <source>Time limit of each shard task (sbatch --time, e.g. 2:00:00).</source>
        <translation>Límite de tiempo de cada tarea de fragmento (sbatch --time, p. ej. 2:00:00).</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LÍMITE</translation>
    </message>
    <message>
        <source>CPUs of each shard task; each runs one worker per CPU (default: Slurm&apos;s).</source>
        <translation>CPU de cada tarea de fragmento; cada una ejecuta un trabajador por CPU (predeterminado: lo que dé Slurm).</translation>
    </message>
    <message>
        <source>Shard tasks running at once (sbatch --array=...%N; default: no limit).</source>
        <translation>Tareas de fragmento simultáneas (sbatch --array=...%N; predeterminado: sin límite).</translation>
    </message>
    <message>
        <source>One more sbatch option for both jobs, e.g. --sbatch-arg=--mem=8G; may be given several times.</source>
        <translation>Una opción más de sbatch para ambos trabajos, p. ej. --sbatch-arg=--mem=8G; se puede indicar varias veces.</translation>
    </message>
    <message>
        <source>ARG</source>
        <translation>ARG</translation>
    </message>
    <message>
        <source>Job name (default quire).</source>
        <translation>Nombre del trabajo (predeterminado quire).</translation>
    </message>
    <message>
        <source>Submit no merge job; merge with quire-cli merge (or --wait does it).</source>
        <translation>No enviar trabajo de fusión; fusione con quire-cli merge (o lo hace --wait).</translation>
    </message>
    <message>
        <source>The quire-cli the nodes run (default: this one, %1).</source>
        <translation>El quire-cli que ejecutan los nodos (predeterminado: este, %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Plan and print the job scripts; write and submit nothing.</source>
        <translation>Planificar e imprimir los scripts de los trabajos; no escribir ni enviar nada.</translation>
    </message>
    <message>
        <source>Show progress until the jobs have ended and the shards are merged.</source>
        <translation>Mostrar el progreso hasta que terminen los trabajos y se fusionen los fragmentos.</translation>
    </message>
    <message>
        <source>warning: --quire-cli %1 is not an executable here; the nodes must have it at that path.</source>
        <translation>aviso: --quire-cli %1 no es un ejecutable aquí; los nodos deben tenerlo en esa ruta.</translation>
    </message>
    <message>
        <source>Merge the shard databases of cluster jobs (quire-cli submit) whose tasks have ended into the main database, one transaction per shard. Pages are keyed by content, page and settings, so merging twice changes nothing; the person&apos;s corrections in the main database are kept.</source>
        <translation>Fusionar en la base de datos principal las bases de datos de los fragmentos de trabajos del clúster (quire-cli submit) cuyas tareas hayan terminado, una transacción por fragmento. Las páginas se identifican por contenido, página y ajustes, así que fusionar dos veces no cambia nada; se conservan las correcciones hechas en la base de datos principal.</translation>
    </message>
    <message>
        <source>The main database (default: quire.sqlite).</source>
        <translation>La base de datos principal (predeterminada: quire.sqlite).</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has no cluster jobs (no folder %2).</source>
        <translation>Nada que fusionar: %1 no tiene trabajos de clúster (no existe la carpeta %2).</translation>
    </message>
    <message>
        <source>warning: Slurm could not be asked which tasks still run (%1); shards whose progress file says they ended are merged, the others are merged but kept.</source>
        <translation>aviso: no se pudo preguntar a Slurm qué tareas siguen en marcha (%1); se fusionan los fragmentos cuyo archivo de progreso dice que terminaron, y los demás se fusionan pero se conservan.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nada que fusionar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n documento</numerusform>
            <numerusform>%1: %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n could not be opened)</source>
        <translation>
            <numerusform> (%n no se pudo abrir)</numerusform>
            <numerusform> (%n no se pudieron abrir)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1/%2 pages done, %3 failed, %4 to do.</source>
        <translation>, %1/%2 páginas hechas, %3 fallidas, %4 por hacer.</translation>
    </message>
    <message>
        <source>Show a database&apos;s progress: pages done, failed and to do, and for its cluster jobs (quire-cli submit) the tasks running and waiting, pages/min, the time left and every failure by shard, file and page.</source>
        <translation>Mostrar el progreso de una base de datos: páginas hechas, fallidas y por hacer, y para sus trabajos de clúster (quire-cli submit) las tareas en marcha y en espera, páginas/min, el tiempo restante y cada fallo por fragmento, archivo y página.</translation>
    </message>
    <message>
        <source>The database (default: quire.sqlite).</source>
        <translation>La base de datos (predeterminada: quire.sqlite).</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>falló: %1: %2</translation>
    </message>
    <message>
        <source>warning: Slurm could not be asked about the jobs (%1).</source>
        <translation>aviso: no se pudo consultar a Slurm sobre los trabajos (%1).</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n shard(s): %1 pages in %2 s (%3 pages/s); %4 added, %5 replaced a failed page, %6 were already there.</source>
        <translation>
            <numerusform>Fusionado %n fragmento: %1 páginas en %2 s (%3 páginas/s); %4 añadidas, %5 sustituyeron una página fallida, %6 ya estaban.</numerusform>
            <numerusform>Fusionados %n fragmentos: %1 páginas en %2 s (%3 páginas/s); %4 añadidas, %5 sustituyeron una página fallida, %6 ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>%1 could not run: %2 (log: %3)</source>
        <translation>%1 no pudo ejecutarse: %2 (registro: %3)</translation>
    </message>
    <message>
        <source>%1 (job %2) ended %3 after %4 of %5 pages; what it saved is kept, and submitting the same command again does the rest.</source>
        <translation>%1 (trabajo %2) terminó %3 tras %4 de %5 páginas; lo que guardó se conserva, y enviar la misma orden de nuevo hace el resto.</translation>
    </message>
    <message>
        <source>%1 (job %2) ended without finishing (%3 of %4 pages).</source>
        <translation>%1 (trabajo %2) terminó sin acabar (%3 de %4 páginas).</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (not submitted): %n shard(s)</source>
        <translation>
            <numerusform>Lote %1 (no enviado): %n fragmento</numerusform>
            <numerusform>Lote %1 (no enviado): %n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1, job %2: %n shard(s)</source>
        <translation>
            <numerusform>Lote %1, trabajo %2: %n fragmento</numerusform>
            <numerusform>Lote %1, trabajo %2: %n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 running, %2 waiting, %3 ended</source>
        <translation>, %1 en marcha, %2 en espera, %3 terminados</translation>
    </message>
    <message>
        <source>; merge job %1 %2</source>
        <translation>; trabajo de fusión %1 %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source> (Slurm could not be asked: states from the progress files)</source>
        <translation> (no se pudo consultar a Slurm: estados según los archivos de progreso)</translation>
    </message>
    <message>
        <source>%1/%2 pages finished, %3 failed.</source>
        <translation>%1/%2 páginas terminadas, %3 fallidas.</translation>
    </message>
    <message>
        <source>shard %1: %2</source>
        <translation>fragmento %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shard database(s) not merged yet: run quire-cli merge --db %1</source>
        <translation>
            <numerusform>%n base de datos de fragmento aún sin fusionar: ejecute quire-cli merge --db %1</numerusform>
            <numerusform>%n bases de datos de fragmentos aún sin fusionar: ejecute quire-cli merge --db %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for encrypted PDFs (Enter alone to finish): </source>
        <translation>Contraseña para PDF cifrados (Intro en blanco para terminar): </translation>
    </message>
    <message>
        <source>Cannot read passwords from standard input: %1</source>
        <translation>No se pueden leer las contraseñas de la entrada estándar: %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseñas %1: %2</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (predeterminado: %2)</translation>
    </message>
    <message>
        <source>Watch folders and OCR every document that arrives or changes, once it is complete, into an SQLite database, until stopped (SIGINT, SIGTERM). The same content is never processed twice, also across restarts; a file that fails is tried again only when it changes.</source>
        <translation>Vigila carpetas y aplica OCR a cada documento que llega o cambia, una vez completo, guardándolo en una base de datos SQLite, hasta que se detenga (SIGINT, SIGTERM). El mismo contenido nunca se procesa dos veces, tampoco entre reinicios; un archivo que falla solo se vuelve a intentar cuando cambia.</translation>
    </message>
    <message>
        <source>Folders to watch, with their subfolders.</source>
        <translation>Carpetas que vigilar, con sus subcarpetas.</translation>
    </message>
    <message>
        <source>DIR...</source>
        <translation>DIR...</translation>
    </message>
    <message>
        <source>--break-signatures goes with --output-pdf.</source>
        <translation>--break-signatures va con --output-pdf.</translation>
    </message>
    <message>
        <source>Give at least one folder to watch.
</source>
        <translation>Indique al menos una carpeta que vigilar.
</translation>
    </message>
    <message>
        <source>  worker      pid  pages render ms  cleanup ms  ocr ms/p    peak MB   (means per page)</source>
        <translation>   trab.      pid  págs. render ms limpieza ms ocr ms/pág   máx. MB   (medias por página)</translation>
    </message>
    <message numerus="yes">
        <source>  %n worker(s) were replaced after a crash, a hang or too much memory.</source>
        <translation>
            <numerusform>  %n trabajador fue sustituido tras un cierre inesperado, un bloqueo o un exceso de memoria.</numerusform>
            <numerusform>  %n trabajadores fueron sustituidos tras un cierre inesperado, un bloqueo o un exceso de memoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>  coordinator peak memory: %1 MB</source>
        <translation>  pico de memoria del coordinador: %1 MB</translation>
    </message>
    <message>
        <source>error: the database %1 cannot be written (%2 is read-only). A run keeps its state there: make it writable or give another file with --db.</source>
        <translation>error: no se puede escribir en la base de datos %1 (%2 es de solo lectura). Una ejecución guarda allí su estado: haga que se pueda escribir en ella o indique otro archivo con --db.</translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] %n worker(s)...</source>
        <translation>
            <numerusform>[%1/%2] %n trabajador...</numerusform>
            <numerusform>[%1/%2] %n trabajadores...</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds a new or changed file must keep its size and time before it is read (default 2).</source>
        <translation>Segundos que un archivo nuevo o modificado debe mantener su tamaño y su fecha antes de leerse (predeterminado 2).</translation>
    </message>
    <message>
        <source>Seconds between full listings of the folders, besides the system&apos;s change notices: the safety net for network shares (default 30).</source>
        <translation>Segundos entre listados completos de las carpetas, además de los avisos de cambios del sistema: la red de seguridad para recursos compartidos de red (predeterminado 30).</translation>
    </message>
    <message>
        <source>Seconds without work after which the workers stop; they start again when a file comes (default 60).</source>
        <translation>Segundos sin trabajo tras los cuales los trabajadores se detienen; vuelven a arrancar cuando llega un archivo (predeterminado 60).</translation>
    </message>
    <message>
        <source>Move each processed file into this folder, under its path below the watched folder (default: leave it where it is).</source>
        <translation>Mover cada archivo procesado a esta carpeta, bajo su ruta relativa a la carpeta vigilada (predeterminado: dejarlo donde está).</translation>
    </message>
    <message>
        <source>Move each file that failed, or had a page that failed, into this folder (default: leave it where it is).</source>
        <translation>Mover a esta carpeta cada archivo que falló o que tuvo una página fallida (predeterminado: dejarlo donde está).</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>se quedan donde están</translation>
    </message>
    <message>
        <source>go to %1</source>
        <translation>van a %1</translation>
    </message>
    <message>
        <source>stopped: %1 document(s) done, %2 failed; %3</source>
        <translation>detenido: documentos terminados: %1, fallidos: %2; %3</translation>
    </message>
    <message>
        <source>stopping now: the pages still in work are left for the next start.</source>
        <translation>deteniendo ya: las páginas aún en curso quedan para el próximo inicio.</translation>
    </message>
    <message>
        <source>stopping: the pages in work finish (at most %1 s; stop again to leave them for the next start).</source>
        <translation>deteniendo: las páginas en curso terminan (como mucho %1 s; vuelva a detener para dejarlas para el próximo inicio).</translation>
    </message>
    <message>
        <source>Quire %1 watching %2 into %3: %4 DPI, languages %5; files are read once they keep their size for %6 s, folders listed again every %7 s; up to %8 worker(s), stopped after %9 s without work; processed files %10, failed ones %11.</source>
        <translation>Quire %1 vigilando %2, con resultados en %3: %4 DPI, idiomas %5; los archivos se leen cuando mantienen su tamaño durante %6 s, las carpetas se vuelven a listar cada %7 s; hasta %8 trabajadores, que se detienen tras %9 s sin trabajo; los archivos procesados %10, los fallidos %11.</translation>
    </message>
    <message>
        <source>Write the results stored in a database, with the corrections made in review, as CSV, plain text, hOCR, a standalone SQLite file or searchable PDFs.</source>
        <translation>Escribe los resultados guardados en una base de datos, con las correcciones hechas en la revisión, como CSV, texto sin formato, hOCR, un archivo SQLite independiente o PDF con capacidad de búsqueda.</translation>
    </message>
    <message>
        <source>Write CSV cells exactly as stored. By default a cell that begins with = + - @ or a tab gets a leading apostrophe, so that a spreadsheet program cannot run text from a document as a formula.</source>
        <translation>Escribir las celdas CSV exactamente como están guardadas. De forma predeterminada, a una celda que empieza por = + - @ o un tabulador se le antepone un apóstrofo, para que una hoja de cálculo no pueda ejecutar como fórmula el texto de un documento.</translation>
    </message>
    <message>
        <source>Folder for one searchable PDF per document: the original pages untouched, with an invisible text layer (the inputs&apos; folders are mirrored below it).</source>
        <translation>Carpeta para un PDF con capacidad de búsqueda por documento: las páginas originales intactas, con una capa de texto invisible (dentro se reproduce la estructura de carpetas de las entradas).</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs (--pdf); may be given several times, each is tried.</source>
        <translation>Contraseña para PDF cifrados (--pdf); puede indicarse varias veces y se prueba cada una.</translation>
    </message>
    <message>
        <source>Read passwords for encrypted PDFs (--pdf) from FILE, one a line (&apos;-&apos;: standard input). QUIRE_PASSWORDS (one a line) is read too.</source>
        <translation>Leer de ARCHIVO las contraseñas para PDF cifrados (--pdf), una por línea (&apos;-&apos;: entrada estándar). También se lee QUIRE_PASSWORDS (una por línea).</translation>
    </message>
    <message>
        <source>Also write searchable PDFs of digitally signed documents, whose signatures then become invalid (--pdf).</source>
        <translation>Escribir también PDF con capacidad de búsqueda de los documentos con firma digital, cuyas firmas dejan entonces de ser válidas (--pdf).</translation>
    </message>
    <message>
        <source>Usage: quire-cli export --db FILE [--csv FILE [--words] [--csv-raw]] [--text DIR] [--hocr DIR] [--sqlite FILE] [--pdf DIR [--password P]... [--password-file FILE] [--break-signatures]]
Give at least one of --csv, --text, --hocr, --sqlite and --pdf.</source>
        <translation>Uso: quire-cli export --db ARCHIVO [--csv ARCHIVO [--words] [--csv-raw]] [--text DIR] [--hocr DIR] [--sqlite ARCHIVO] [--pdf DIR [--password P]... [--password-file ARCHIVO] [--break-signatures]]
Indique al menos una de las opciones --csv, --text, --hocr, --sqlite y --pdf.</translation>
    </message>
    <message>
        <source>Searchable PDF export failed: %1</source>
        <translation>Falló la exportación a PDF con capacidad de búsqueda: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Also write the results as CSV, one row per page.</source>
        <translation>Escribir además los resultados como CSV, una fila por página.</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs; may be given several times, each is tried. Every user of this machine can read it in the process list: prefer --password-file or the QUIRE_PASSWORDS environment variable.</source>
        <translation>Contraseña para PDF cifrados; puede indicarse varias veces y se prueba cada una. Cualquier usuario de este equipo puede leerla en la lista de procesos: es preferible --password-file o la variable de entorno QUIRE_PASSWORDS.</translation>
    </message>
    <message>
        <source>Read passwords for encrypted PDFs from FILE, one a line (&apos;-&apos;: standard input; on a terminal they are asked for without echo). The environment variable QUIRE_PASSWORDS (one a line) is read too.</source>
        <translation>Leer de ARCHIVO las contraseñas para PDF cifrados, una por línea (&apos;-&apos;: entrada estándar; en un terminal se piden sin mostrarlas). También se lee la variable de entorno QUIRE_PASSWORDS (una por línea).</translation>
    </message>
    <message>
        <source>Worker processes (default: one per core, here %1).</source>
        <translation>Procesos trabajadores (predeterminado: uno por núcleo, aquí %1).</translation>
    </message>
    <message>
        <source>Write throughput samples (one a second) as CSV.</source>
        <translation>Escribir muestras de rendimiento (una por segundo) como CSV.</translation>
    </message>
    <message>
        <source>Word list (one word a line) Tesseract should know, besides the database&apos;s own (default: the personal list %1, when it exists; &apos;&apos; for none).</source>
        <translation>Lista de palabras (una por línea) que Tesseract debe conocer, además de la de la base de datos (predeterminado: la lista personal %1, si existe; &apos;&apos; para ninguna).</translation>
    </message>
    <message>
        <source>Process only the pages a shard manifest lists, with its settings (a task of a cluster job; quire-cli submit writes them). Workers: one per CPU Slurm gave the task, unless --workers says otherwise.</source>
        <translation>Procesar solo las páginas que enumera un manifiesto de fragmento, con sus ajustes (una tarea de un trabajo del clúster; quire-cli submit los escribe). Trabajadores: uno por CPU que Slurm dio a la tarea, salvo que --workers diga otra cosa.</translation>
    </message>
    <message>
        <source>MANIFEST</source>
        <translation>MANIFIESTO</translation>
    </message>
    <message>
        <source>Keep a JSON snapshot of the run&apos;s progress in this file (replaced every few seconds).</source>
        <translation>Mantener en este archivo una instantánea JSON del progreso de la ejecución (se sustituye cada pocos segundos).</translation>
    </message>
    <message>
        <source>Write each document&apos;s searchable PDF into this folder as soon as its last page is done (the inputs&apos; folders are mirrored below it).</source>
        <translation>Escribir el PDF con capacidad de búsqueda de cada documento en esta carpeta en cuanto termine su última página (dentro se reproduce la estructura de carpetas de las entradas).</translation>
    </message>
    <message>
        <source>With --output-pdf: also write digitally signed documents, whose signatures then become invalid.</source>
        <translation>Con --output-pdf: escribir también los documentos con firma digital, cuyas firmas dejan entonces de ser válidas.</translation>
    </message>
    <message>
        <source>batch %1 of %2 is still running (job %3). Follow it with quire-cli status --db %2, or cancel it with scancel %3; then submit again.</source>
        <translation>el lote %1 de %2 sigue en marcha (trabajo %3). Sígalo con quire-cli status --db %2, o cancélelo con scancel %3; luego envíe de nuevo.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Merging what earlier batches left...</source>
        <translation>Fusionando lo que dejaron los lotes anteriores...</translation>
    </message>
    <message>
        <source>error: earlier shards could not be merged; fix that first (quire-cli merge --db %1).</source>
        <translation>error: no se pudieron fusionar fragmentos anteriores; corrija eso primero (quire-cli merge --db %1).</translation>
    </message>
    <message>
        <source>Scanning and hashing the inputs...</source>
        <translation>Explorando las entradas y calculando sus huellas...</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 pages: %2 already done, %3 to do</source>
        <translation>
            <numerusform>%n documento, %1 páginas: %2 ya hechas, %3 por hacer</numerusform>
            <numerusform>%n documentos, %1 páginas: %2 ya hechas, %3 por hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n shard(s) of up to %1 pages.</source>
        <translation>
            <numerusform> en %n fragmento de hasta %1 páginas.</numerusform>
            <numerusform> en %n fragmentos de hasta %1 páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to submit.</source>
        <translation>Nada que enviar.</translation>
    </message>
    <message>
        <source># The job array (%1):</source>
        <translation># El job array (%1):</translation>
    </message>
    <message>
        <source># The merge job (%1), submitted with --dependency=afterany:ARRAY_JOB_ID --kill-on-invalid-dep=no:</source>
        <translation># El trabajo de fusión (%1), enviado con --dependency=afterany:ARRAY_JOB_ID --kill-on-invalid-dep=no:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written or submitted.</source>
        <translation>Simulación: no se escribió ni envió nada.</translation>
    </message>
    <message>
        <source>warning: %1 The shards run without it.</source>
        <translation>aviso: %1 Los fragmentos se ejecutan sin ella.</translation>
    </message>
    <message>
        <source>warning: cannot write the word list %1: %2; the shards run without it.</source>
        <translation>aviso: no se puede escribir la lista de palabras %1: %2; los fragmentos se ejecutan sin ella.</translation>
    </message>
    <message>
        <source>warning: %1; quire-cli status and merge will not know job %2.</source>
        <translation>aviso: %1; quire-cli status y merge no conocerán el trabajo %2.</translation>
    </message>
    <message numerus="yes">
        <source>Submitted job array %1: %n shard(s) of up to %2 pages (files in %3).</source>
        <translation>
            <numerusform>Enviado el job array %1: %n fragmento de hasta %2 páginas (archivos en %3).</numerusform>
            <numerusform>Enviado el job array %1: %n fragmentos de hasta %2 páginas (archivos en %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted job array %1: %n shard(s) of up to %2 pages (files in %3), and merge job %4 after it.</source>
        <translation>
            <numerusform>Enviado el job array %1: %n fragmento de hasta %2 páginas (archivos en %3), y tras él el trabajo de fusión %4.</numerusform>
            <numerusform>Enviado el job array %1: %n fragmentos de hasta %2 páginas (archivos en %3), y tras él el trabajo de fusión %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow it with: quire-cli status --db %1</source>
        <translation>Sígalo con: quire-cli status --db %1</translation>
    </message>
    <message>
        <source>error: shard %1: %2</source>
        <translation>error: fragmento %1: %2</translation>
    </message>
    <message>
        <source>%1 running, %2 waiting</source>
        <translation>%1 en marcha, %2 en espera</translation>
    </message>
    <message>
        <source>warning: %1; still waiting.</source>
        <translation>aviso: %1; se sigue esperando.</translation>
    </message>
    <message>
        <source>warning: the merge job %1 ended %2 (log: %3).</source>
        <translation>aviso: el trabajo de fusión %1 terminó %2 (registro: %3).</translation>
    </message>
    <message>
        <source>unseen</source>
        <translation>sin estado conocido</translation>
    </message>
    <message>
        <source>Done: %1 pages on the cluster in %2 (%3 pages/min): %4 done, %5 failed, %6 not processed.</source>
        <translation>Terminado: %1 páginas en el clúster en %2 (%3 páginas/min): %4 hechas, %5 fallidas, %6 sin procesar.</translation>
    </message>
    <message>
        <source>Searchable PDFs go to %1.</source>
        <translation>Los PDF con capacidad de búsqueda van a %1.</translation>
    </message>
</context>
<context>
    <name>quire::lexicon</name>
    <message>
        <source>Could not read the word list %1: %2</source>
        <translation>No se pudo leer la lista de palabras %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to add to the word list.</source>
        <translation>&quot;%1&quot; no tiene letras ni dígitos que añadir a la lista de palabras.</translation>
    </message>
    <message>
        <source>Could not create the folder of the word list %1.</source>
        <translation>No se pudo crear la carpeta de la lista de palabras %1.</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list %2: %3</source>
        <translation>No se pudo añadir &quot;%1&quot; a la lista de palabras %2: %3</translation>
    </message>
    <message>
        <source>Could not write the word list for Tesseract to %1: %2</source>
        <translation>No se pudo escribir la lista de palabras para Tesseract en %1: %2</translation>
    </message>
</context>
</TS>
