<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PageProcessor</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>image cleanup failed: %1</source>
        <translation>图像清理失败：%1</translation>
    </message>
    <message>
        <source>recognition failed: %1</source>
        <translation>识别失败：%1</translation>
    </message>
    <message>
        <source>the OCR engine is not ready: %1</source>
        <translation>OCR 引擎未就绪：%1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>the document has %n page(s)</source>
        <translation>
            <numerusform>文档共有 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>out of memory; try a lower --dpi</source>
        <translation>内存不足；请尝试更低的 --dpi</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1/%2 pages</source>
        <translation>%1/%2 页</translation>
    </message>
    <message numerus="yes">
        <source> (+%n document(s) being opened)</source>
        <translation>
            <numerusform>（另有 %n 个文档正在打开）</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 pages/min  ETA %2</source>
        <translation>  %1 页/分钟  预计剩余 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n failed</source>
        <translation>
            <numerusform>  %n 页失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>未知命令“%1”。

%2</translation>
    </message>
    <message>
        <source>Batch OCR for folders of PDFs and scans. Files and folders given are added to the run.</source>
        <translation>对 PDF 和扫描件文件夹进行批量 OCR。给出的文件和文件夹会加入本次运行。</translation>
    </message>
    <message>
        <source>Database file (default: the one used last).</source>
        <translation>数据库文件（默认：上次使用的文件）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files and folders to process.</source>
        <translation>要处理的文件和文件夹。</translation>
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
        <translation>用法：quire-cli 命令 [选项]

命令：
  run 路径...     对文件和文件夹（PDF、PNG、JPEG、TIFF）进行 OCR，结果存入数据库
  export          将数据库的结果写出为 CSV、文本、hOCR 或 SQLite
  eval            将已存储的文本与参考文本文件对比评分
  bench 路径...   按工作进程数测量每分钟页数，找出最佳点
  watch 目录...   对到达文件夹的每个文档进行 OCR，直到被停止
  submit 路径...  在 Slurm 集群上 OCR：一个由分片组成的作业数组，结果合并到数据库
  merge           将已结束的集群任务的分片数据库合并到数据库
  status          显示数据库及其集群作业的进度

运行“quire-cli 命令 --help”查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>quire::BatchRun</name>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n 页失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since its pages were submitted (its content is not the same); submit the batch again</source>
        <translation>%1 在其页面提交后已更改（内容不再相同）；请重新提交该批次</translation>
    </message>
    <message numerus="yes">
        <source>%1, page %2: the document has %n page(s); submit the batch again</source>
        <translation>
            <numerusform>%1，第 %2 页：该文档共有 %n 页；请重新提交该批次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is being processed; add it again once it is done.</source>
        <translation>%1 正在处理中；请在处理完成后再次添加。</translation>
    </message>
</context>
<context>
    <name>quire::ClusterBatches</name>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>batch %1, %2 (job %3) is %4; it is merged once it ends.</source>
        <translation>批次 %1，%2（作业 %3）状态为 %4；结束后即会合并。</translation>
    </message>
    <message>
        <source>batch %1, %2: %3</source>
        <translation>批次 %1，%2：%3</translation>
    </message>
    <message>
        <source>batch %1, %2 may still be running (Slurm could not be asked); its database is kept and merged again next time.</source>
        <translation>批次 %1，%2 可能仍在运行（无法查询 Slurm）；其数据库将保留，下次会再次合并。</translation>
    </message>
    <message>
        <source>the task ended %1</source>
        <translation>任务以 %1 结束</translation>
    </message>
    <message>
        <source>its database is not merged yet; run quire-cli merge</source>
        <translation>其数据库尚未合并；请运行 quire-cli merge</translation>
    </message>
    <message>
        <source>the task did not finish</source>
        <translation>任务未完成</translation>
    </message>
    <message>
        <source>%1, page %2 failed</source>
        <translation>%1，第 %2 页失败</translation>
    </message>
    <message>
        <source>%1: %2, pages %3 were not processed (%4); submit the same command again to do them.</source>
        <translation>%1：%2，第 %3 页未处理（%4）；再次提交相同的命令即可处理它们。</translation>
    </message>
    <message numerus="yes">
        <source>batch %1, %2: %n page(s) added, %3 replaced, %4 already there</source>
        <translation>
            <numerusform>批次 %1，%2：新增 %n 页，替换 %3 页，已存在 %4 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::Coordinator</name>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>正在退出</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>reported an error: %1</source>
        <translation>报告了错误：%1</translation>
    </message>
    <message>
        <source>answered a job it was not given</source>
        <translation>回复了未分配给它的任务</translation>
    </message>
    <message>
        <source>Worker %1 uses %2 MB of memory after %3, page %4 (limit %5 MB); replacing it.</source>
        <translation>工作进程 %1 在处理完 %3 第 %4 页后占用 %2 MB 内存（上限 %5 MB）；正在替换。</translation>
    </message>
    <message>
        <source>sent an unexpected &apos;%1&apos; message</source>
        <translation>发送了意外的“%1”消息</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>Worker %1 %2 on %3 (attempt %4 of %5).</source>
        <translation>工作进程 %1 处理 %3 时%2（第 %4 次尝试，共 %5 次）。</translation>
    </message>
    <message>
        <source>%1: the worker %2 while opening it, %3; skipped.</source>
        <translation>%1：工作进程打开该文件时%2，共 %3；已跳过。</translation>
    </message>
    <message>
        <source>%1: the worker %2 on this page %3; the page is quarantined.</source>
        <translation>%1：工作进程在此页上%2，共 %3；该页已被隔离。</translation>
    </message>
    <message>
        <source>Worker %1 %2.</source>
        <translation>工作进程 %1 %2。</translation>
    </message>
    <message>
        <source>quire-worker %1%2</source>
        <translation>quire-worker %1%2</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>已被停止</translation>
    </message>
    <message>
        <source>The run stopped because its results cannot be saved. %1 Everything saved before is kept: free some disk space or make the database writable, and start the same run again to continue.</source>
        <translation>运行已停止，因为其结果无法保存。%1 此前保存的内容都会保留：请释放一些磁盘空间或使数据库可写，然后再次启动同一运行以继续。</translation>
    </message>
</context>
<context>
    <name>quire::CsvExporter</name>
    <message>
        <source>Could not create the CSV file %1: %2. Check that the folder exists and can be written.</source>
        <translation>无法创建 CSV 文件 %1：%2。请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2. Check free disk space.</source>
        <translation>无法写入 CSV 文件 %1：%2。请检查磁盘可用空间。</translation>
    </message>
    <message>
        <source>Could not export to %1 because the results could not be read: %2</source>
        <translation>无法导出到 %1，因为无法读取结果：%2</translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2. Check free disk space and permissions.</source>
        <translation>无法保存 CSV 文件 %1：%2。请检查磁盘可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>quire::DashboardWidget</name>
    <message>
        <source>Throughput (pages per minute)</source>
        <translation>吞吐量（每分钟页数）</translation>
    </message>
    <message>
        <source>last 30 s</source>
        <translation>最近 30 秒</translation>
    </message>
    <message>
        <source>whole run</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>seconds since the start</source>
        <translation>自开始以来的秒数</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>页/分钟</translation>
    </message>
    <message>
        <source>Pages finished per minute. Red lines mark the moments the number of workers changed.</source>
        <translation>每分钟完成的页数。红线标出工作进程数量发生变化的时刻。</translation>
    </message>
    <message>
        <source>Number of worker processes. Changes take effect at once during a run: new workers start, surplus ones finish their page and leave.</source>
        <translation>工作进程数量。运行期间的更改会立即生效：新的工作进程启动，多余的工作进程完成手头的页面后退出。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作进程</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>工作进程：</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s) on this computer</source>
        <translation>
            <numerusform>本机有 %n 个核心</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes since the start</source>
        <translation>自开始以来的分钟数</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>吞吐量图表</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Worker count</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>One row per worker process: state, the page in work, pages done, mean milliseconds per stage and memory</source>
        <translation>每个工作进程一行：状态、正在处理的页面、已完成页数、各阶段平均毫秒数和内存</translation>
    </message>
    <message>
        <source>After %1 s: %2 pages per minute over the last 30 seconds, %3 over the whole run.</source>
        <translation>第 %1 秒：最近 30 秒每分钟 %2 页，全程每分钟 %3 页。</translation>
    </message>
</context>
<context>
    <name>quire::DocumentExport</name>
    <message>
        <source>Could not create the folder %1 for the %2 files; check that it can be written.</source>
        <translation>无法为%2文件创建文件夹 %1；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Could not write the %1 file %2 for %3: %4. Check free disk space and permissions.</source>
        <translation>无法写入 %3 的%1文件 %2：%4。请检查磁盘可用空间和权限。</translation>
    </message>
    <message>
        <source>Could not create the %1 file %2 for %3: %4. Check that the folder can be written.</source>
        <translation>无法创建 %3 的%1文件 %2：%4。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not export the %1 files to %2 because the results could not be read: %3</source>
        <translation>无法将%1文件导出到 %2，因为无法读取结果：%3</translation>
    </message>
</context>
<context>
    <name>quire::DocumentReader</name>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 的第 %1 页</translation>
    </message>
    <message>
        <source>no further detail</source>
        <translation>无更多详情</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (Poppler: %2)</source>
        <translation>%1 已损坏，无法读取（Poppler：%2）</translation>
    </message>
    <message>
        <source>%1 is password-protected and the password given does not open it</source>
        <translation>%1 受密码保护，且提供的密码无法打开它</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1 没有页面</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2)</source>
        <translation>%1 已损坏，无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: Poppler finds no usable page there (the file is damaged)</source>
        <translation>无法读取 %1：Poppler 在其中找不到可用的页面（文件已损坏）</translation>
    </message>
    <message>
        <source>%1 has no usable size (%2 x %3 pt) and cannot be rendered</source>
        <translation>%1 没有可用的尺寸（%2 x %3 pt），无法渲染</translation>
    </message>
    <message>
        <source>%1 cannot be rendered at %2 DPI: the resolution must be positive</source>
        <translation>无法以 %2 DPI 渲染 %1：分辨率必须为正数</translation>
    </message>
    <message>
        <source>%1 is too large to render (%2 x %3 in): even at %4 DPI it would take %5 pixels, over the limit of %6; raise the pixel limit to process it</source>
        <translation>%1 太大，无法渲染（%2 x %3 英寸）：即使以 %4 DPI 渲染也需要 %5 像素，超过了 %6 的上限；请提高像素上限以处理它</translation>
    </message>
    <message>
        <source>%1 could not be rendered (Poppler: %2)</source>
        <translation>无法渲染 %1（Poppler：%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no such page</source>
        <translation>无法读取 %1：图像中没有该页</translation>
    </message>
    <message>
        <source>%1 could not be decoded (%2)</source>
        <translation>无法解码 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is too large to process (%2 x %3 pixels at %4 DPI): even at %5 DPI it would exceed the limit of %6 pixels; raise the pixel limit to process it</source>
        <translation>%1 太大，无法处理（%4 DPI 下为 %2 x %3 像素）：即使降到 %5 DPI 也会超过 %6 像素的上限；请提高像素上限以处理它</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image (PNG, JPEG, TIFF)</source>
        <translation>%1 不是 PDF 或受支持的图像（PNG、JPEG、TIFF）</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>没有打开的文档</translation>
    </message>
    <message>
        <source>%1 does not exist: the document has %2 pages</source>
        <translation>%1 不存在：文档共有 %2 页</translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than the %3 Quire takes from one document; split it into smaller files (for example with qpdf --split-pages)</source>
        <translation>%1 有 %2 页，超过了 Quire 对单个文档接受的 %3 页；请将其拆分为较小的文件（例如使用 qpdf --split-pages）</translation>
    </message>
    <message>
        <source>%1 is password-protected: give the password with --password-file (or --password)</source>
        <translation>%1 受密码保护：请用 --password-file（或 --password）提供密码</translation>
    </message>
    <message>
        <source>%1 is too large to decode (%2 x %3 pixels): Quire decodes images of up to %4 megapixels (four times the pixel limit, at least 100); raise the pixel limit to process it</source>
        <translation>%1 太大，无法解码（%2 x %3 像素）：Quire 最多解码 %4 百万像素的图像（像素上限的四倍，至少 100）；请提高像素上限以处理它</translation>
    </message>
    <message>
        <source>the page is too large</source>
        <translation>页面太大</translation>
    </message>
    <message>
        <source>there is not enough memory to scale the page image</source>
        <translation>内存不足，无法缩放页面图像</translation>
    </message>
    <message>
        <source>the worker reported %1 pages, which no document Quire takes can have (1 to %2)</source>
        <translation>工作进程报告了 %1 页，而 Quire 接受的文档页数只能在 1 到 %2 之间</translation>
    </message>
</context>
<context>
    <name>quire::DocumentType</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>quire::ExportRunner</name>
    <message>
        <source>CSV, one row per page…</source>
        <translation>CSV，每页一行…</translation>
    </message>
    <message>
        <source>CSV, one row per word…</source>
        <translation>CSV，每个词一行…</translation>
    </message>
    <message>
        <source>Plain text, one file per document…</source>
        <translation>纯文本，每个文档一个文件…</translation>
    </message>
    <message>
        <source>hOCR, one file per document…</source>
        <translation>hOCR，每个文档一个文件…</translation>
    </message>
    <message>
        <source>SQLite database…</source>
        <translation>SQLite 数据库…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not export %1 to %2: %3</source>
        <translation>无法将 %1 导出到 %2：%3</translation>
    </message>
    <message>
        <source>the database %1 could not be opened (%2)</source>
        <translation>无法打开数据库 %1（%2）</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n searchable PDF(s) written.</source>
        <translation>
            <numerusform>已写出 %n 个可搜索 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searchable PDF, one per document…</source>
        <translation>可搜索 PDF，每个文档一个…</translation>
    </message>
    <message>
        <source>some documents were not written</source>
        <translation>部分文档未写出</translation>
    </message>
</context>
<context>
    <name>quire::FolderWatcher</name>
    <message>
        <source>No folder to watch was given.</source>
        <translation>未指定要监视的文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the folder to watch.</source>
        <translation>%1 不是文件夹；请指定要监视的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or give another.</source>
        <translation>文件夹 %1 不存在；请创建它或指定其他文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read; check its permissions.</source>
        <translation>无法读取文件夹 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read; its files are not watched. Check its permissions.</source>
        <translation>无法读取文件夹 %1；其中的文件不会被监视。请检查其权限。</translation>
    </message>
    <message>
        <source>%1 (and maybe others) cannot be watched for changes (the system&apos;s limit of inotify watches, fs.inotify.max_user_watches, may be reached); changes there are seen at the next rescan.</source>
        <translation>无法监视 %1（可能还有其他文件夹）的变化（可能已达到系统的 inotify 监视数量上限 fs.inotify.max_user_watches）；那里的变化会在下次重新扫描时发现。</translation>
    </message>
</context>
<context>
    <name>quire::GlyphlessFont</name>
    <message>
        <source>The invisible font for the PDF text layer (%1, from the package libtesseract5) was not found in %2. Install libtesseract5, or point QUIRE_GLYPHLESS_FONT at a copy of pdf.ttf.</source>
        <translation>在 %2 中未找到 PDF 文本层所用的不可见字体（%1，来自 libtesseract5 软件包）。请安装 libtesseract5，或将 QUIRE_GLYPHLESS_FONT 指向 pdf.ttf 的副本。</translation>
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
        <translation>%2 的第 %1 页</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no such page</source>
        <translation>无法读取 %1：图像中没有该页</translation>
    </message>
    <message>
        <source>%1 could not be decoded (%2)</source>
        <translation>无法解码 %1（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: the image has no size</source>
        <translation>无法读取 %1：图像没有尺寸</translation>
    </message>
    <message>
        <source>%1 could not be encoded for the PDF: %2</source>
        <translation>无法为 PDF 编码 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a TIFF: %2</source>
        <translation>无法将 %1 作为 TIFF 读取：%2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or TIFF image</source>
        <translation>%1 不是 PNG、JPEG 或 TIFF 图像</translation>
    </message>
</context>
<context>
    <name>quire::InputScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder</source>
        <translation>%1 既不是文件也不是文件夹</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image (PNG, JPEG, TIFF)</source>
        <translation>%1 不是 PDF 或受支持的图像（PNG、JPEG、TIFF）</translation>
    </message>
</context>
<context>
    <name>quire::LogView</name>
    <message>
        <source>Problems and messages of the run appear here.</source>
        <translation>本次运行的问题和消息会显示在这里。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>quire::MainWindow</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add PDF, PNG, JPEG or TIFF files to the run</source>
        <translation>将 PDF、PNG、JPEG 或 TIFF 文件添加到本次运行</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Add every document in a folder and its subfolders</source>
        <translation>添加某个文件夹及其子文件夹中的所有文档</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty database for new documents</source>
        <translation>为新文档创建一个空数据库</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Open an existing Quire database to browse it or continue its run</source>
        <translation>打开现有的 Quire 数据库，以浏览或继续其运行</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Process the documents waiting in the queue; pages already done are skipped</source>
        <translation>处理队列中等待的文档；已完成的页面会被跳过</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Hand out no new pages; the workers finish the pages in hand</source>
        <translation>不再分发新页面；工作进程完成手头的页面</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run now. Finished pages are kept; Start continues where it stopped</source>
        <translation>立即停止运行。已完成的页面会保留；“开始”会从停止处继续</translation>
    </message>
    <message>
        <source>Find Sweet &amp;Spot…</source>
        <translation>查找最佳点(&amp;S)…</translation>
    </message>
    <message>
        <source>Measure pages per minute for several worker counts and find the best</source>
        <translation>测量多种工作进程数下的每分钟页数，并找出最佳值</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Page timeout, retries, worker memory limit and passwords</source>
        <translation>页面超时、重试次数、工作进程内存上限和密码</translation>
    </message>
    <message>
        <source>&amp;Follow the Newest Page</source>
        <translation>跟随最新页面(&amp;F)</translation>
    </message>
    <message>
        <source>Show each page as it finishes; picking a page yourself turns this off</source>
        <translation>每页完成时立即显示；自行选择页面会关闭此选项</translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation>关于 Quire(&amp;A)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 — Quire</source>
        <translation>%1 — Quire</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Added %1; they start when the current run ends.</source>
        <translation>已添加 %1；它们将在当前运行结束后开始。</translation>
    </message>
    <message>
        <source>Every document here is done with these settings. Add documents, or change a setting to process them again.</source>
        <translation>此处的所有文档都已按当前设置处理完毕。请添加文档，或更改设置以重新处理。</translation>
    </message>
    <message>
        <source>Nothing to do yet: drop files or folders on the window, or use File → Add Files.</source>
        <translation>暂无任务：请将文件或文件夹拖放到窗口中，或使用“文件 → 添加文件”。</translation>
    </message>
    <message>
        <source>The sweet-spot measurement is running; the run starts when you press Start after it ends.</source>
        <translation>最佳点测量正在进行；测量结束后按“开始”即可开始运行。</translation>
    </message>
    <message>
        <source>Paused: the workers finish the pages in hand and take no new ones.</source>
        <translation>已暂停：工作进程完成手头的页面后不再领取新页面。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Hand out pages again</source>
        <translation>重新分发页面</translation>
    </message>
    <message>
        <source>%1 has no finished page yet.</source>
        <translation>%1 还没有已完成的页面。</translation>
    </message>
    <message>
        <source>The Run Stopped</source>
        <translation>运行已停止</translation>
    </message>
    <message>
        <source>The run stopped: %1

Pages finished so far are saved.</source>
        <translation>运行已停止：%1

目前已完成的页面均已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Log (%n problem(s))</source>
        <translation>
            <numerusform>日志（%n 个问题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Using %n worker(s), the measured sweet spot.</source>
        <translation>
            <numerusform>使用 %n 个工作进程，即测得的最佳点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next run.</source>
        <translation>设置已保存；将从下一次运行开始生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Open a Quire Database</source>
        <translation>打开 Quire 数据库</translation>
    </message>
    <message>
        <source>Quire databases (*.sqlite *.db)</source>
        <translation>Quire 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>New Quire Database</source>
        <translation>新建 Quire 数据库</translation>
    </message>
    <message>
        <source>Quire databases (*.sqlite)</source>
        <translation>Quire 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is the database already open; choose another name for a new one.</source>
        <translation>%1 是已打开的数据库；请为新数据库选择其他名称。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be deleted.</source>
        <translation>无法替换 %1：无法删除该文件。</translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation>关于 Quire</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Quire %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Turns folders of PDFs and scans into searchable text as fast as the computer allows: a pool of worker processes renders, cleans and recognizes every page (Poppler, OpenCV, Tesseract).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quire %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;以计算机所能达到的最快速度，将 PDF 和扫描件文件夹转换为可搜索的文本：由工作进程池渲染、清理并识别每一页（Poppler、OpenCV、Tesseract）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review Words…</source>
        <translation>审阅词语(&amp;R)…</translation>
    </message>
    <message>
        <source>Check the words recognized with low confidence, one after the other</source>
        <translation>逐个检查以低置信度识别的词</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>页面缩略图(&amp;A)</translation>
    </message>
    <message>
        <source>Page &amp;Preview</source>
        <translation>页面预览(&amp;P)</translation>
    </message>
    <message>
        <source>Page &amp;Text</source>
        <translation>页面文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>搜索(&amp;H)</translation>
    </message>
    <message>
        <source>%1. Choose another file with File → Open Database.</source>
        <translation>%1。请通过“文件 → 打开数据库”选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>Cannot Start</source>
        <translation>无法开始</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s) or folder(s) to the run.</source>
        <translation>
            <numerusform>已将 %n 个文件或文件夹加入本次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a Folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
</context>
<context>
    <name>quire::OcrLanguages</name>
    <message>
        <source>Middle English</source>
        <translation>中古英语</translation>
    </message>
    <message>
        <source>Middle French</source>
        <translation>中古法语</translation>
    </message>
    <message>
        <source>German Fraktur</source>
        <translation>德语尖角体</translation>
    </message>
    <message>
        <source>Ancient Greek</source>
        <translation>古希腊语</translation>
    </message>
    <message>
        <source>Math and equations</source>
        <translation>数学与公式</translation>
    </message>
    <message>
        <source>%1, vertical</source>
        <translation>%1（竖排）</translation>
    </message>
    <message>
        <source>%1, historical</source>
        <translation>%1（古体）</translation>
    </message>
</context>
<context>
    <name>quire::PagePanel</name>
    <message>
        <source>Rendered</source>
        <translation>渲染图</translation>
    </message>
    <message>
        <source>Show the page as rendered from the document</source>
        <translation>显示从文档渲染出的页面</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>清理后</translation>
    </message>
    <message>
        <source>Show the cleaned image the OCR engine read</source>
        <translation>显示 OCR 引擎读取的清理后图像</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>文字框</translation>
    </message>
    <message>
        <source>Show the word boxes, coloured by confidence</source>
        <translation>显示按置信度着色的词框</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Fit the page width into the view (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>使页面宽度适合视图（Ctrl+0）；Ctrl+滚轮可缩放</translation>
    </message>
    <message>
        <source>The text of the selected page appears here.</source>
        <translation>所选页面的文本会显示在这里。</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>页面文本</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>No run database is open, so page %1 of %2 cannot be shown.</source>
        <translation>未打开运行数据库，因此无法显示 %2 的第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2 has no result yet: it is still queued or being read. Select it again once it is done.</source>
        <translation>%2 的第 %1 页尚无结果：仍在排队或正在读取。完成后请再次选择。</translation>
    </message>
    <message>
        <source>Could not read page %1 of %2 from the run database: %3</source>
        <translation>无法从运行数据库读取 %2 的第 %1 页：%3</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Page %1 of %2 failed: %3</source>
        <translation>%2 的第 %1 页失败：%3</translation>
    </message>
    <message>
        <source>Text layer (no OCR)</source>
        <translation>文本层（未 OCR）</translation>
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
        <translation>旋转 %1°</translation>
    </message>
    <message>
        <source>skew %1°</source>
        <translation>倾斜 %1°</translation>
    </message>
    <message>
        <source>mean confidence %1%</source>
        <translation>平均置信度 %1%</translation>
    </message>
    <message>
        <source>extracted in %1 ms</source>
        <translation>提取用时 %1 ms</translation>
    </message>
    <message>
        <source>render %1 ms, cleanup %2 ms, OCR %3 ms (total %4 ms)</source>
        <translation>渲染 %1 ms，清理 %2 ms，OCR %3 ms（共 %4 ms）</translation>
    </message>
    <message>
        <source>Rendering page %1 of %2…</source>
        <translation>正在渲染 %2 的第 %1 页…</translation>
    </message>
    <message>
        <source>Could not render page %1 of %2 for the preview: %3. Check that the file is still there and readable.</source>
        <translation>无法渲染 %2 的第 %1 页用于预览：%3。请检查该文件是否仍然存在且可读。</translation>
    </message>
    <message>
        <source>Select a page to see it here.</source>
        <translation>选择一个页面即可在此查看。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>置信度：</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Edit the page text freely; word boxes stay linked where the words still match</source>
        <translation>自由编辑页面文本；词仍匹配之处，词框保持关联</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the edited text; search and exports use it from now on</source>
        <translation>保存编辑后的文本；搜索和导出将从此使用该文本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop the changes and show the stored text again</source>
        <translation>放弃更改并重新显示已存储的文本</translation>
    </message>
    <message>
        <source>No run database is open, so the text of page %1 of %2 cannot be saved.</source>
        <translation>未打开运行数据库，因此无法保存 %2 的第 %1 页的文本。</translation>
    </message>
    <message>
        <source>Could not save the text of page %1 of %2: %3 Your changes are still in the editor.</source>
        <translation>无法保存 %2 的第 %1 页的文本：%3 您的更改仍保留在编辑器中。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for &quot;%1&quot;</source>
        <translation>
            <numerusform>“%1”有 %n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and up (solid)</source>
        <translation>90 及以上（实线）</translation>
    </message>
    <message>
        <source>70–89 (dashed)</source>
        <translation>70–89（虚线）</translation>
    </message>
    <message>
        <source>below 70 (hatched)</source>
        <translation>低于 70（斜线填充）</translation>
    </message>
    <message>
        <source>Word boxes by recognition confidence: green with a solid outline 90 and up, orange dashed 70 to 89, red hatched below 70</source>
        <translation>按识别置信度区分的词框：90 及以上为绿色实线框，70 至 89 为橙色虚线框，低于 70 为红色斜线填充框</translation>
    </message>
    <message>
        <source>Confidence legend</source>
        <translation>置信度图例</translation>
    </message>
    <message>
        <source>Blank page (no OCR)</source>
        <translation>空白页（未 OCR）</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::PageView</name>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>“%1”, confidence %2%, %3</source>
        <translation>“%1”，置信度 %2%，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); Left and Right select a word, Enter picks it.</source>
        <translation>
            <numerusform>%n 个词；左右方向键选择词，回车键选定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>已选择：%1。</translation>
    </message>
    <message>
        <source>confidence %1%, %2</source>
        <translation>置信度 %1%，%2</translation>
    </message>
</context>
<context>
    <name>quire::PdfExporter</name>
    <message>
        <source>The searchable PDF of %1 would replace the input %2; Quire never writes over an input. Choose an output folder outside the inputs&apos; folders.</source>
        <translation>%1 的可搜索 PDF 会替换输入文件 %2；Quire 从不覆盖输入文件。请选择输入文件所在文件夹之外的输出文件夹。</translation>
    </message>
    <message>
        <source>%1 has changed since it was recognized, so its stored words no longer fit it; run it again to write its searchable PDF.</source>
        <translation>%1 自识别以来已更改，存储的词语已与其不符；请重新运行它以写出其可搜索 PDF。</translation>
    </message>
    <message>
        <source>%1 reads as %2 page(s) to the PDF writer (qpdf) but was recognized as %3: its page tree is damaged, so no searchable PDF was written. Repairing the file (for example with qpdf INPUT OUTPUT) and running it again may help.</source>
        <translation>PDF 写入程序（qpdf）读到 %1 有 %2 页，但识别时为 %3 页：其页面树已损坏，因此未写出可搜索 PDF。修复该文件（例如使用 qpdf 输入 输出）后重新运行可能会有帮助。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)</source>
        <translation>
            <numerusform>已写出 %1 (%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; no text on page(s) %1: recognition failed or has not run</source>
        <translation>
            <numerusform>；第 %1 页没有文本：识别失败或尚未运行</numerusform>
        </translation>
    </message>
    <message>
        <source>; its digital signature is no longer valid</source>
        <translation>；其数字签名已失效</translation>
    </message>
    <message>
        <source>; the image records no resolution, 300 DPI assumed</source>
        <translation>；图像未记录分辨率，假定为 300 DPI</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the searchable PDFs; check that it can be written.</source>
        <translation>无法为可搜索 PDF 创建文件夹 %1；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Could not write the searchable PDFs to %1 because the results could not be read: %2</source>
        <translation>无法将可搜索 PDF 写入 %1，因为无法读取结果：%2</translation>
    </message>
    <message>
        <source>Could not open the database %1 to write searchable PDFs: %2</source>
        <translation>无法打开数据库 %1 以写出可搜索 PDF：%2</translation>
    </message>
</context>
<context>
    <name>quire::PdfImageDecoder</name>
    <message>
        <source>its image has %1 bits per component, which is not valid</source>
        <translation>其图像每个分量为 %1 位，这是无效的</translation>
    </message>
    <message>
        <source>its image data is cut short (%1 of %2 bytes)</source>
        <translation>其图像数据不完整（%2 字节中只有 %1 字节）</translation>
    </message>
    <message>
        <source>there is not enough memory to decode its %1 x %2 image</source>
        <translation>内存不足，无法解码其 %1 x %2 的图像</translation>
    </message>
    <message>
        <source>its JPEG image has an indexed colour space</source>
        <translation>其 JPEG 图像使用索引颜色空间</translation>
    </message>
    <message>
        <source>its JPEG image cannot be decoded (%1)</source>
        <translation>其 JPEG 图像无法解码（%1）</translation>
    </message>
    <message>
        <source>its JPEG image has %1 colour components where its colour space has %2</source>
        <translation>其 JPEG 图像有 %1 个颜色分量，而其颜色空间有 %2 个</translation>
    </message>
    <message>
        <source>its image is CCITT Group 3, which Quire leaves to the renderer</source>
        <translation>其图像为 CCITT Group 3 编码，Quire 将其交给渲染程序处理</translation>
    </message>
    <message>
        <source>its CCITT image aligns rows to bytes, which Quire leaves to the renderer</source>
        <translation>其 CCITT 图像的行按字节对齐，Quire 将其交给渲染程序处理</translation>
    </message>
    <message>
        <source>its CCITT image cannot be decoded (%1)</source>
        <translation>其 CCITT 图像无法解码（%1）</translation>
    </message>
    <message>
        <source>its CCITT image data is damaged (%1)</source>
        <translation>其 CCITT 图像数据已损坏（%1）</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>数据不完整</translation>
    </message>
    <message>
        <source>its JBIG2 image cannot be decoded (out of memory)</source>
        <translation>其 JBIG2 图像无法解码（内存不足）</translation>
    </message>
    <message>
        <source>the page is %1 x %2, the image dictionary says %3 x %4</source>
        <translation>页面为 %1 x %2，而图像字典标明为 %3 x %4</translation>
    </message>
    <message>
        <source>its JBIG2 image cannot be decoded (%1)</source>
        <translation>其 JBIG2 图像无法解码（%1）</translation>
    </message>
    <message>
        <source>no page in the data</source>
        <translation>数据中没有页面</translation>
    </message>
    <message>
        <source>its image has no size (%1 x %2)</source>
        <translation>其图像没有尺寸（%1 x %2）</translation>
    </message>
    <message>
        <source>its image is too large to decode directly (%1 x %2)</source>
        <translation>其图像太大，无法直接解码（%1 x %2）</translation>
    </message>
    <message>
        <source>its /Decode array has %1 numbers, not %2</source>
        <translation>其 /Decode 数组有 %1 个数，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>quire::PdfPageInspector</name>
    <message>
        <source>the page draws an inline image</source>
        <translation>页面绘制了内嵌图像</translation>
    </message>
    <message>
        <source>the page shows text</source>
        <translation>页面显示文本</translation>
    </message>
    <message>
        <source>the page paints vector graphics</source>
        <translation>页面绘制了矢量图形</translation>
    </message>
    <message>
        <source>the page paints a shading</source>
        <translation>页面绘制了渐变着色</translation>
    </message>
    <message>
        <source>the page clips to a shape</source>
        <translation>页面使用了剪切路径</translation>
    </message>
    <message>
        <source>the page draws an object it does not define</source>
        <translation>页面绘制了未定义的对象</translation>
    </message>
    <message>
        <source>the page draws a form</source>
        <translation>页面绘制了表单 XObject</translation>
    </message>
    <message>
        <source>the page draws a %1 object</source>
        <translation>页面绘制了 %1 对象</translation>
    </message>
    <message>
        <source>the page draws more than one image</source>
        <translation>页面绘制了多个图像</translation>
    </message>
    <message>
        <source>the page sets transparency or a transfer function</source>
        <translation>页面设置了透明度或传递函数</translation>
    </message>
    <message>
        <source>its colour space refers to itself</source>
        <translation>其颜色空间引用了自身</translation>
    </message>
    <message>
        <source>its colour space %1 is not one Quire decodes</source>
        <translation>Quire 无法解码其颜色空间 %1</translation>
    </message>
    <message>
        <source>its colour space is missing or malformed</source>
        <translation>其颜色空间缺失或格式错误</translation>
    </message>
    <message>
        <source>its ICC colour space has %1 components</source>
        <translation>其 ICC 颜色空间有 %1 个分量</translation>
    </message>
    <message>
        <source>its indexed colour space is based on another indexed one</source>
        <translation>其索引颜色空间基于另一个索引颜色空间</translation>
    </message>
    <message>
        <source>its indexed colour space has no palette</source>
        <translation>其索引颜色空间没有调色板</translation>
    </message>
    <message>
        <source>its image is a stencil mask</source>
        <translation>其图像是模板蒙版（stencil mask）</translation>
    </message>
    <message>
        <source>its image has a /Mask</source>
        <translation>其图像带有 /Mask</translation>
    </message>
    <message>
        <source>its image data passes through several filters</source>
        <translation>其图像数据经过多个过滤器</translation>
    </message>
    <message>
        <source>its CCITT image is %1 columns wide in a %2-pixel image</source>
        <translation>其 CCITT 图像宽 %1 列，而图像宽 %2 像素</translation>
    </message>
    <message>
        <source>its CCITT image has no /Columns</source>
        <translation>其 CCITT 图像没有 /Columns</translation>
    </message>
    <message>
        <source>its image is JPEG 2000, which Quire leaves to the renderer</source>
        <translation>其图像为 JPEG 2000，Quire 将其交给渲染程序处理</translation>
    </message>
    <message>
        <source>its image data cannot be decompressed</source>
        <translation>其图像数据无法解压缩</translation>
    </message>
    <message>
        <source>its bilevel image or mask is not in a gray colour space</source>
        <translation>其二值图像或蒙版不在灰度颜色空间中</translation>
    </message>
    <message>
        <source>the page paints nothing</source>
        <translation>页面未绘制任何内容</translation>
    </message>
    <message>
        <source>the page has annotations</source>
        <translation>页面带有注释</translation>
    </message>
    <message>
        <source>the page shows only invisible text</source>
        <translation>页面只显示不可见文本</translation>
    </message>
    <message>
        <source>the page has no valid MediaBox</source>
        <translation>页面没有有效的 MediaBox</translation>
    </message>
    <message>
        <source>the page has no usable size</source>
        <translation>页面没有可用的尺寸</translation>
    </message>
    <message>
        <source>the image has no size</source>
        <translation>图像没有尺寸</translation>
    </message>
    <message>
        <source>the image is drawn with no size</source>
        <translation>图像以零尺寸绘制</translation>
    </message>
    <message>
        <source>the image is drawn turned or skewed</source>
        <translation>图像以旋转或倾斜方式绘制</translation>
    </message>
    <message>
        <source>the image does not cover the page</source>
        <translation>图像未覆盖整个页面</translation>
    </message>
    <message>
        <source>the image is cropped by the page</source>
        <translation>图像超出页面范围</translation>
    </message>
    <message>
        <source>the image is clipped</source>
        <translation>图像被剪切路径裁剪</translation>
    </message>
    <message>
        <source>the image has different horizontal and vertical resolutions (%1 x %2 DPI)</source>
        <translation>图像的水平和垂直分辨率不同（%1 x %2 DPI）</translation>
    </message>
    <message>
        <source>the image&apos;s soft mask is premultiplied (/Matte)</source>
        <translation>图像的软蒙版已预乘（/Matte）</translation>
    </message>
    <message>
        <source>qpdf cannot read the page (%1)</source>
        <translation>qpdf 无法读取该页面（%1）</translation>
    </message>
    <message>
        <source>the page is not one image</source>
        <translation>页面不是单个图像</translation>
    </message>
    <message>
        <source>there is not enough memory to turn the page image</source>
        <translation>内存不足，无法旋转页面图像</translation>
    </message>
    <message>
        <source>qpdf cannot read the image (%1)</source>
        <translation>qpdf 无法读取该图像（%1）</translation>
    </message>
</context>
<context>
    <name>quire::PreviewRenderer</name>
    <message>
        <source>rendering took longer than %1 s</source>
        <translation>渲染用时超过 %1 秒</translation>
    </message>
    <message>
        <source>the renderer %1 could not be started: %2</source>
        <translation>无法启动渲染程序 %1：%2</translation>
    </message>
    <message>
        <source>the renderer crashed</source>
        <translation>渲染程序崩溃了</translation>
    </message>
    <message>
        <source>the renderer stopped (exit code %1)</source>
        <translation>渲染程序已停止（退出代码 %1）</translation>
    </message>
    <message>
        <source>the renderer sent a malformed answer (%1)</source>
        <translation>渲染程序发送了格式错误的应答（%1）</translation>
    </message>
    <message>
        <source>%1 on %2, page %3; the run is not affected</source>
        <translation>%2 第 %3 页：%1；运行不受影响</translation>
    </message>
</context>
<context>
    <name>quire::QueueModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Pages finished (recognized, read from the text layer or done in an earlier run) out of the document&apos;s pages</source>
        <translation>已完成的页数（经识别、从文本层读取或在先前运行中完成）/ 文档总页数</translation>
    </message>
    <message>
        <source>Why the document or one of its pages failed</source>
        <translation>文档或其某一页失败的原因</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n page(s) failed</source>
        <translation>
            <numerusform>完成，%n 页失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation>正在统计页数…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Stopped; press Start to continue</source>
        <translation>已停止；按“开始”继续</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>The document could not be opened.</source>
        <translation>无法打开该文档。</translation>
    </message>
    <message>
        <source>%1 pages failed; the last: %2</source>
        <translation>%1 页失败；最近一次：%2</translation>
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
        <translation>已完成 %1，失败 %2，文档页数：%3</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Page %1 failed for an unknown reason.</source>
        <translation>第 %1 页因未知原因失败。</translation>
    </message>
</context>
<context>
    <name>quire::QueueView</name>
    <message>
        <source>Double-click a document, or press Enter, to see its first page</source>
        <translation>双击文档或按回车键即可查看其第一页</translation>
    </message>
    <message>
        <source>Document queue</source>
        <translation>文档队列</translation>
    </message>
    <message>
        <source>Every document of the run with its pages done and total, its state and, on failure, the reason. Enter shows the document&apos;s first page.</source>
        <translation>本次运行的每个文档，包括已完成页数和总页数、状态以及失败原因。按回车键显示文档的第一页。</translation>
    </message>
    <message>
        <source>Empty queue</source>
        <translation>空队列</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Drop PDFs, scans or folders here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every page is read by a pool of workers; the dashboard shows how fast, and each page appears below as it finishes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;将 PDF、扫描件或文件夹拖放到此处&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每一页都由工作进程池读取；仪表板显示处理速度，每页完成后会显示在下方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
</context>
<context>
    <name>quire::ReviewQueue</name>
    <message>
        <source>Correct &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将“%1”更正为“%2”</translation>
    </message>
    <message>
        <source>Accept &quot;%1&quot;</source>
        <translation>接受“%1”</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list: %2</source>
        <translation>无法将“%1”加入词表：%2</translation>
    </message>
    <message>
        <source>Accept &quot;%1&quot; and add it to the word list</source>
        <translation>接受“%1”并将其加入词表</translation>
    </message>
    <message>
        <source>Could not save the review of &quot;%1&quot; (%2, page %3): %4</source>
        <translation>无法保存“%1”的审阅（%2，第 %3 页）：%4</translation>
    </message>
    <message>
        <source>Could not save the review of &quot;%1&quot;: %2</source>
        <translation>无法保存对“%1”的审阅：%2</translation>
    </message>
</context>
<context>
    <name>quire::ReviewWidget</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Words recognized with less confidence than this are queued for review.</source>
        <translation>置信度低于此值的已识别词会加入审阅队列。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Review words below</source>
        <translation>审阅置信度低于</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>的词</translation>
    </message>
    <message>
        <source>Enter: save the correction (or accept when unchanged) · Ctrl+Enter: accept · Ctrl+L: accept and add to the word list · Tab/Page Down: skip · Shift+Tab/Page Up: back</source>
        <translation>Enter：保存更正（未修改时为接受） · Ctrl+Enter：接受 · Ctrl+L：接受并加入词表 · Tab/Page Down：跳过 · Shift+Tab/Page Up：上一个</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous word (Shift+Tab, Page Up)</source>
        <translation>上一个词 (Shift+Tab, Page Up)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next word without changing this one (Tab, Page Down)</source>
        <translation>下一个词，不修改当前词 (Tab, Page Down)</translation>
    </message>
    <message>
        <source>Accept as is</source>
        <translation>按原样接受</translation>
    </message>
    <message>
        <source>The recognized text is right (Ctrl+Enter)</source>
        <translation>识别的文本正确 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Accept and add to word list</source>
        <translation>接受并加入词表</translation>
    </message>
    <message>
        <source>Accept and never flag this word again (Ctrl+L)</source>
        <translation>接受并不再标记此词 (Ctrl+L)</translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>已全部审阅</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>剩余 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No words below %1% confidence are waiting for review.</source>
        <translation>没有置信度低于 %1% 的词等待审阅。</translation>
    </message>
    <message>
        <source>Open a database to review its words.</source>
        <translation>打开数据库以审阅其中的词。</translation>
    </message>
    <message>
        <source> — corrected from &quot;%1&quot;</source>
        <translation> — 已从“%1”更正</translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — 已接受</translation>
    </message>
    <message>
        <source>Page %1 of %2 is not in the database any more.</source>
        <translation>%2 的第 %1 页已不在数据库中。</translation>
    </message>
    <message>
        <source>Rendering page %1…</source>
        <translation>正在渲染第 %1 页…</translation>
    </message>
    <message>
        <source>Could not show page %1 of %2: %3</source>
        <translation>无法显示 %2 的第 %1 页：%3</translation>
    </message>
    <message>
        <source>or not in the dictionary</source>
        <translation>或不在词典中</translation>
    </message>
    <message>
        <source>Also queue confident words that neither the language&apos;s dictionary nor your word list knows (names, codes, misreadings that look sure)</source>
        <translation>也将语言词典和您的词表都不认识的高置信度词加入队列（人名、代码、看似可靠的误读）</translation>
    </message>
    <message>
        <source>No words below %1% confidence or outside the dictionary are waiting for review.</source>
        <translation>没有置信度低于 %1% 或不在词典中的词等待审阅。</translation>
    </message>
    <message>
        <source>%1% confidence, not in the dictionary</source>
        <translation>置信度 %1%，不在词典中</translation>
    </message>
    <message>
        <source>%1% confidence</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>Word %1 of %2 · %3, page %4 · %5%6</source>
        <translation>第 %1 个词，共 %2 个 · %3，第 %4 页 · %5%6</translation>
    </message>
    <message>
        <source>Page of the word</source>
        <translation>词所在的页面</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>quire::RunMonitor</name>
    <message>
        <source>Could not read the stored pages: %1</source>
        <translation>无法读取已存储的页面：%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n document(s), all finished; pages done: %2.</source>
        <translation>
            <numerusform>已打开 %1：%n 个文档，全部完成；已完成页数：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n document(s); pages done: %2. Press Start to continue the %3 unfinished.</source>
        <translation>
            <numerusform>已打开 %1：%n 个文档；已完成页数：%2。按“开始”继续 %3 个未完成的文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Database %1 (empty). Drop documents to start.</source>
        <translation>数据库 %1（空）。拖放文档即可开始。</translation>
    </message>
    <message numerus="yes">
        <source>Started: %n worker(s), %1 dpi, languages %2.</source>
        <translation>
            <numerusform>已开始：%n 个工作进程，%1 dpi，语言 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not PDFs or images.</source>
        <translation>
            <numerusform>已跳过 %n 个不是 PDF 或图像的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, page %2 failed for an unknown reason.</source>
        <translation>%1，第 %2 页因未知原因失败。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Image cleanup runs on %1.</source>
        <translation>图像清理在 %1 上运行。</translation>
    </message>
    <message>
        <source>Workers: %1.</source>
        <translation>工作进程：%1。</translation>
    </message>
    <message>
        <source>The run stopped: %1 %2</source>
        <translation>运行已停止：%1 %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 Everything finished is saved; press Start to continue.</source>
        <translation>已取消。%1 所有已完成的内容均已保存；按“开始”继续。</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>No PDF or image files were found in what was added.</source>
        <translation>在添加的内容中未找到 PDF 或图像文件。</translation>
    </message>
    <message>
        <source>Cancelled; press Start to continue.</source>
        <translation>已取消；按“开始”继续。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Stopped by an error; see the log.</source>
        <translation>因错误而停止；请查看日志。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Ready; press Start.</source>
        <translation>就绪；请按“开始”。</translation>
    </message>
</context>
<context>
    <name>quire::RunSession</name>
    <message>
        <source>Cannot open %1 while a run goes on: cancel the run first.</source>
        <translation>运行进行中，无法打开 %1：请先取消运行。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist; it was not added.</source>
        <translation>%1 不存在；未添加。</translation>
    </message>
    <message>
        <source>The language %1 is not installed (installed: %2). Choose another language, or install the tesseract-ocr-%1 package.</source>
        <translation>未安装语言 %1（已安装：%2）。请选择其他语言，或安装 tesseract-ocr-%1 软件包。</translation>
    </message>
    <message>
        <source>%1 The run goes on without it.</source>
        <translation>%1 运行将在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>Could not hand the word list to Tesseract (%1); the run goes on without it.</source>
        <translation>无法将词表交给 Tesseract（%1）；运行将在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>A run is going on; wait for it to end or cancel it.</source>
        <translation>正在运行中；请等待其结束或将其取消。</translation>
    </message>
    <message>
        <source>No database is open; open or create one first.</source>
        <translation>未打开数据库；请先打开或新建一个。</translation>
    </message>
    <message>
        <source>Every document here is done with these settings. Add documents, or change a setting to process them again.</source>
        <translation>此处的所有文档都已按当前设置处理完毕。请添加文档，或更改设置以重新处理。</translation>
    </message>
    <message>
        <source>Nothing to do yet: add files or folders first.</source>
        <translation>暂无任务：请先添加文件或文件夹。</translation>
    </message>
</context>
<context>
    <name>quire::RunStatusBar</name>
    <message>
        <source>Pages per minute over the last 30 seconds, and over the whole run</source>
        <translation>最近 30 秒以及整个运行期间的每分钟页数</translation>
    </message>
    <message>
        <source>Time left at the rate of the last 30 seconds</source>
        <translation>按最近 30 秒的速度估算的剩余时间</translation>
    </message>
    <message>
        <source>Pages: %1 / %2</source>
        <translation>页数：%1 / %2</translation>
    </message>
    <message>
        <source>Pages: %1 / %2+</source>
        <translation>页数：%1 / %2+</translation>
    </message>
    <message>
        <source>%1 done in this run, %2 done before, %3 failed, %4 to go</source>
        <translation>本次运行完成 %1，此前完成 %2，失败 %3，剩余 %4</translation>
    </message>
    <message>
        <source>%1 pages/min (30 s) · %2 overall</source>
        <translation>%1 页/分钟（30 秒）· 总体 %2</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>ETA: paused</source>
        <translation>预计剩余：已暂停</translation>
    </message>
    <message>
        <source>ETA: counting pages…</source>
        <translation>预计剩余：正在统计页数…</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>ETA: measuring…</source>
        <translation>预计剩余：正在测量…</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Scanning the documents…</source>
        <translation>正在扫描文档…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n worker(s) busy.</source>
        <translation>
            <numerusform>运行中：%n 个工作进程中有 %1 个忙碌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused; press Resume to go on.</source>
        <translation>已暂停；按“继续”恢复运行。</translation>
    </message>
</context>
<context>
    <name>quire::RunSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in %1 (%2 pages/min): %3 from the text layer, %4 recognized, %5 blank, %6 failed; %7 done before.</source>
        <translation>
            <numerusform>%n 页，用时 %1（每分钟 %2 页）：%3 页来自文本层，%4 页经识别，%5 页空白，%6 页失败；%7 页此前已完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::SearchPanel</name>
    <message>
        <source>Search the recognized text…</source>
        <translation>搜索识别的文本…</translation>
    </message>
    <message>
        <source>Open a database to search its pages.</source>
        <translation>打开数据库以搜索其中的页面。</translation>
    </message>
    <message>
        <source>%1 p%2: …%3…</source>
        <translation>%1 第 %2 页：…%3…</translation>
    </message>
    <message>
        <source>No page contains &quot;%1&quot;.</source>
        <translation>没有页面包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>找到 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>quire::SearchablePdfWriter</name>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 的第 %1 页</translation>
    </message>
    <message>
        <source>%1 is password-protected: give its password (--password) to write its searchable PDF</source>
        <translation>%1 受密码保护：请提供其密码（--password）以写出其可搜索 PDF</translation>
    </message>
    <message>
        <source>%1 is password-protected and none of the passwords given opens it</source>
        <translation>%1 受密码保护，且提供的密码都无法打开它</translation>
    </message>
    <message>
        <source>%1 cannot be read to write its searchable PDF (qpdf: %2)</source>
        <translation>无法读取 %1 以写出其可搜索 PDF（qpdf：%2）</translation>
    </message>
    <message>
        <source>%1 is digitally signed: adding a text layer would invalidate its signature, so no searchable PDF was written for it. Ask for it explicitly (quire-cli: --break-signatures) to write it anyway.</source>
        <translation>%1 带有数字签名：添加文本层会使其签名失效，因此未为其写出可搜索 PDF。如仍要写出，请明确要求（quire-cli：--break-signatures）。</translation>
    </message>
    <message>
        <source>%1 could not be made into a PDF (qpdf: %2)</source>
        <translation>无法将 %1 转换为 PDF（qpdf：%2）</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a supported image, or no longer exists</source>
        <translation>%1 不是 PDF 或受支持的图像，或已不存在</translation>
    </message>
    <message>
        <source>%1 is not in the document, which has %2 pages; it may have changed since it was recognized. Run it again.</source>
        <translation>文档中没有 %1，该文档共 %2 页；它可能在识别后已更改。请重新运行。</translation>
    </message>
    <message>
        <source>The text layer of %1 could not be added (qpdf: %2)</source>
        <translation>无法添加 %1 的文本层（qpdf：%2）</translation>
    </message>
    <message>
        <source>No document is open to write %1</source>
        <translation>没有打开的文档，无法写出 %1</translation>
    </message>
    <message>
        <source>%1 is the input itself; Quire never writes over an input. Choose another folder.</source>
        <translation>%1 就是输入文件本身；Quire 从不覆盖输入文件。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for %2; check that it can be written.</source>
        <translation>无法为 %2 创建文件夹 %1；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Check that the folder can be written.</source>
        <translation>无法创建 %1：%2。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not write %1 for %2 (qpdf: %3)</source>
        <translation>无法为 %2 写出 %1（qpdf：%3）</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check free disk space and permissions.</source>
        <translation>无法写入 %1：%2。请检查磁盘可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>quire::Setting</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 必须是 %2 到 %3 之间的数字，而不是 &apos;%4&apos;。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>%1 必须是 %2 之一，而不是 &apos;%3&apos;。</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;D)：</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rendered at for recognition. 300 dpi reads small print well; 150 dpi is about four times faster but misses more. Scanned pages are read at their own resolution, at most this.</source>
        <translation>渲染 PDF 页面以供识别时使用的分辨率。300 dpi 能很好地识别小字；150 dpi 约快四倍，但错漏更多。扫描页面按其自身分辨率读取，最高为此值。</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Scale coarser scans up to it</source>
        <translation>放大较低分辨率的扫描件</translation>
    </message>
    <message>
        <source>Scans below the resolution are normally read as they are, at their true resolution; this scales them up to it first.</source>
        <translation>低于该分辨率的扫描件通常按原样以其实际分辨率读取；此选项会先将其放大到该分辨率。</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Tesseract languages joined with &apos;+&apos;, the main language first (e.g. eng+spa).</source>
        <translation>Tesseract 语言，用“+”连接，主要语言在前（例如 eng+spa）。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>&amp;Text layer:</source>
        <translation>文本层(&amp;T)：</translation>
    </message>
    <message>
        <source>auto: use a page&apos;s text layer where it holds the page&apos;s text and OCR the rest (milliseconds instead of a second of OCR); ocr: OCR every page; text: never OCR.</source>
        <translation>auto：页面的文本层包含该页文本时使用文本层，其余页面进行 OCR（只需几毫秒，而 OCR 需要约一秒）；ocr：对每一页进行 OCR；text：从不 OCR。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Use it where present</source>
        <translation>存在时使用</translation>
    </message>
    <message>
        <source>Ignore, OCR all</source>
        <translation>忽略，全部 OCR</translation>
    </message>
    <message>
        <source>Only it, no OCR</source>
        <translation>仅用文本层，不 OCR</translation>
    </message>
    <message>
        <source>&amp;OpenCL:</source>
        <translation>OpenCL(&amp;O)：</translation>
    </message>
    <message>
        <source>Image cleanup through OpenCL: auto uses a GPU when there is one (the CPU path is faster than PoCL&apos;s CPU device); on also takes PoCL; off stays on the CPU.</source>
        <translation>通过 OpenCL 进行图像清理：auto 在有 GPU 时使用 GPU（CPU 路径比 PoCL 的 CPU 设备更快）；on 也会使用 PoCL；off 始终使用 CPU。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Auto (GPU if any)</source>
        <translation>自动（如有 GPU 则使用）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off (CPU)</source>
        <translation>关闭（CPU）</translation>
    </message>
    <message>
        <source>Cleanup:</source>
        <translation>图像清理：</translation>
    </message>
    <message>
        <source>Even out contrast (CLAHE)</source>
        <translation>均衡对比度（CLAHE）</translation>
    </message>
    <message>
        <source>Equalise contrast before recognizing; helps faint or unevenly lit scans and costs a little time.</source>
        <translation>识别前均衡对比度；有助于处理字迹淡或光照不均的扫描件，会多花一点时间。</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>Hand Tesseract a black-on-white page (Otsu threshold) instead of letting it threshold.</source>
        <translation>向 Tesseract 提供白底黑字的页面（Otsu 阈值），而不是让它自行二值化。</translation>
    </message>
    <message>
        <source>Straighten skew</source>
        <translation>纠偏</translation>
    </message>
    <message>
        <source>Detect and correct small rotations (up to 10 degrees); --no-deskew leaves pages as they are.</source>
        <translation>检测并校正小角度旋转（最多 10 度）；--no-deskew 则保持页面原样。</translation>
    </message>
    <message>
        <source>Turn rotated pages</source>
        <translation>旋正旋转的页面</translation>
    </message>
    <message>
        <source>Detect pages turned by 90, 180 or 270 degrees (Tesseract OSD); --no-rotate reads them as they are.</source>
        <translation>检测旋转了 90、180 或 270 度的页面（Tesseract OSD）；--no-rotate 则按原样读取。</translation>
    </message>
    <message>
        <source>Recognize PDF pages at this lower DPI first, and again at --dpi only when their mean confidence is below --adaptive-threshold (0: off).</source>
        <translation>先以这个较低的 DPI 识别 PDF 页面，仅当其平均置信度低于 --adaptive-threshold 时再以 --dpi 重新识别（0：关闭）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mean word confidence (0-100) below which an adaptive page is recognized again at full DPI.</source>
        <translation>平均词置信度（0-100），低于此值时自适应页面会以完整 DPI 重新识别。</translation>
    </message>
    <message>
        <source>Largest page &amp;image:</source>
        <translation>最大页面图像(&amp;I)：</translation>
    </message>
    <message>
        <source>Pages larger than this many megapixels at the chosen resolution are rendered at a lower one.</source>
        <translation>在所选分辨率下超过此百万像素数的页面会以更低的分辨率渲染。</translation>
    </message>
    <message>
        <source>megapixels</source>
        <translation>百万像素</translation>
    </message>
    <message>
        <source>&amp;Retries per page:</source>
        <translation>每页重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>How often a page whose worker crashed or hung is tried again before it is marked failed.</source>
        <translation>工作进程崩溃或挂起时，页面在被标记为失败之前的重试次数。</translation>
    </message>
    <message>
        <source>Page &amp;timeout:</source>
        <translation>页面超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Seconds a page may take; a page that takes longer is abandoned, its worker restarted and the page retried. 0 scales the time with the page&apos;s size.</source>
        <translation>每页允许耗费的秒数；耗时更长的页面会被放弃，其工作进程会重启，并重试该页。0 表示按页面尺寸调整时限。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>&amp;Heartbeat timeout:</source>
        <translation>心跳超时(&amp;H)：</translation>
    </message>
    <message>
        <source>Seconds a busy worker may stay silent before it is considered hung and restarted.</source>
        <translation>忙碌的工作进程在被视为挂起并重启之前可以保持沉默的秒数。</translation>
    </message>
    <message>
        <source>Worker &amp;memory limit:</source>
        <translation>工作进程内存上限(&amp;M)：</translation>
    </message>
    <message>
        <source>A worker using more memory than this many MB after a page is replaced by a fresh one.</source>
        <translation>处理完一页后内存占用超过此 MB 数的工作进程会被新的工作进程替换。</translation>
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
        <translation>Quire 设置</translation>
    </message>
    <message>
        <source>Automatic (%1 s at 300 dpi)</source>
        <translation>自动（300 dpi 时为 %1 秒）</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>One password per line</source>
        <translation>每行一个密码</translation>
    </message>
    <message>
        <source>Remember the passwords on this computer (stored unencrypted)</source>
        <translation>在此计算机上记住密码（以未加密方式存储）</translation>
    </message>
    <message>
        <source>Passwords for encrypted PDFs</source>
        <translation>加密 PDF 的密码</translation>
    </message>
    <message>
        <source>Each password is tried in turn on every encrypted PDF.</source>
        <translation>每个加密 PDF 都会依次尝试每个密码。</translation>
    </message>
</context>
<context>
    <name>quire::SettingsPanel</name>
    <message>
        <source>Tesseract languages, joined with &apos;+&apos;, the main language first (e.g. eng+spa).</source>
        <translation>Tesseract 语言，用“+”连接，主要语言在前（例如 eng+spa）。</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Tick the installed languages to use</source>
        <translation>勾选要使用的已安装语言</translation>
    </message>
    <message>
        <source>Settings apply to a whole run; change them when it ends.</source>
        <translation>设置作用于整个运行；请在运行结束后再更改。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No Tesseract languages are installed</source>
        <translation>未安装任何 Tesseract 语言</translation>
    </message>
    <message>
        <source>Cleanup device: known once a worker starts.</source>
        <translation>清理设备：工作进程启动后可知。</translation>
    </message>
    <message>
        <source>Cleanup runs on: %1</source>
        <translation>图像清理运行于：%1</translation>
    </message>
    <message>
        <source>Choose OCR languages</source>
        <translation>选择 OCR 语言</translation>
    </message>
    <message>
        <source>Installed languages can be ticked; the others name the Debian package that adds them</source>
        <translation>已安装的语言可以勾选；其他语言会给出安装它们的 Debian 软件包</translation>
    </message>
    <message>
        <source>Not installed: %1 (Debian package: %2). Installed: %3.</source>
        <translation>未安装：%1（Debian 软件包：%2）。已安装：%3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>%1: install %2</source>
        <translation>%1：安装 %2</translation>
    </message>
    <message>
        <source>%1 is not installed. To read it, install the Debian package %2 (as root: apt install %2), then choose it here.</source>
        <translation>%1 未安装。要识别该语言，请安装 Debian 软件包 %2（以 root 身份运行：apt install %2），然后在此选择它。</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>OCR 语言</translation>
    </message>
</context>
<context>
    <name>quire::ShardFolder</name>
    <message>
        <source>Cannot create the folder %1 for the shard files; check that it can be written.</source>
        <translation>无法为分片文件创建文件夹 %1；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Cannot create a batch folder in %1; check that it can be written.</source>
        <translation>无法在 %1 中创建批次文件夹；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Cannot remove the finished batch folder %1; remove it by hand.</source>
        <translation>无法删除已完成的批次文件夹 %1；请手动删除。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the merged shard database %1: %2</source>
        <translation>无法删除已合并的分片数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>quire::ShardManifest</name>
    <message>
        <source>Cannot write the shard manifest %1: %2</source>
        <translation>无法写入分片清单 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the shard manifest %1: %2. It must be on a file system the node shares with the machine that submitted the job.</source>
        <translation>无法读取分片清单 %1：%2。它必须位于该节点与提交作业的机器共享的文件系统上。</translation>
    </message>
    <message>
        <source>%1 is not a Quire shard manifest (%2).</source>
        <translation>%1 不是 Quire 分片清单（%2）。</translation>
    </message>
    <message>
        <source>no quire-shard format mark</source>
        <translation>缺少 quire-shard 格式标记</translation>
    </message>
    <message>
        <source>The shard manifest %1 has version %2; this Quire reads version %3. Run the same Quire version on the nodes as where you submit.</source>
        <translation>分片清单 %1 的版本为 %2；此版本的 Quire 读取版本 %3。请在节点上运行与提交处相同版本的 Quire。</translation>
    </message>
    <message>
        <source>The settings in the shard manifest %1 do not give its settings key %2 (they give %3): it was written by another Quire version. Run the same Quire version on the nodes as where you submit.</source>
        <translation>分片清单 %1 中的设置得不出其设置键 %2（得出的是 %3）：它由其他版本的 Quire 写入。请在节点上运行与提交处相同版本的 Quire。</translation>
    </message>
    <message>
        <source>The shard manifest %1 has a damaged document entry (%2).</source>
        <translation>分片清单 %1 中有一个损坏的文档条目（%2）。</translation>
    </message>
    <message>
        <source>The shard manifest %1 lists no pages.</source>
        <translation>分片清单 %1 未列出任何页面。</translation>
    </message>
</context>
<context>
    <name>quire::ShardMerger</name>
    <message>
        <source>Could not merge the shard database %1 into %2 (%3): %4. The main database was not changed; run the merge again once the cause is fixed.</source>
        <translation>无法将分片数据库 %1 合并到 %2（%3）：%4。主数据库未被更改；排除原因后请再次合并。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n 页失败</numerusform>
        </translation>
    </message>
    <message>
        <source>attaching it</source>
        <translation>附加数据库时</translation>
    </message>
    <message>
        <source>The shard database %1 has schema %2 and the main database %3 schema %4: merge with the Quire version that wrote them.</source>
        <translation>分片数据库 %1 的架构为 %2，主数据库 %3 的架构为 %4：请使用写入它们的 Quire 版本进行合并。</translation>
    </message>
    <message>
        <source>choosing the pages</source>
        <translation>选择页面时</translation>
    </message>
    <message>
        <source>counting the pages</source>
        <translation>统计页面时</translation>
    </message>
    <message>
        <source>replacing failed pages</source>
        <translation>替换失败页面时</translation>
    </message>
    <message>
        <source>adding pages</source>
        <translation>添加页面时</translation>
    </message>
    <message>
        <source>adding words</source>
        <translation>添加词时</translation>
    </message>
    <message>
        <source>adding corrections and the word list</source>
        <translation>添加更正和词表时</translation>
    </message>
    <message>
        <source>adding the run records</source>
        <translation>添加运行记录时</translation>
    </message>
    <message>
        <source>counting the documents</source>
        <translation>统计文档时</translation>
    </message>
    <message>
        <source>adding documents</source>
        <translation>添加文档时</translation>
    </message>
    <message>
        <source>updating the documents&apos; status</source>
        <translation>更新文档状态时</translation>
    </message>
    <message>
        <source>recording documents that could not be opened</source>
        <translation>记录无法打开的文档时</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>无法打开数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Could not configure the database %1: %2.</source>
        <translation>无法配置数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The main database is not open; open it before merging %1.</source>
        <translation>主数据库未打开；合并 %1 之前请先打开它。</translation>
    </message>
    <message>
        <source>There is no shard database at %1.</source>
        <translation>%1 处没有分片数据库。</translation>
    </message>
    <message>
        <source>Cannot open the shard database %1: %2</source>
        <translation>无法打开分片数据库 %1：%2</translation>
    </message>
    <message>
        <source>starting the transaction; is another program writing the main database?</source>
        <translation>开始事务时；是否有其他程序正在写入主数据库？</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>提交时</translation>
    </message>
</context>
<context>
    <name>quire::ShardProgress</name>
    <message>
        <source>Cannot write the progress file %1: %2</source>
        <translation>无法写入进度文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the progress file %1: %2</source>
        <translation>无法读取进度文件 %1：%2</translation>
    </message>
    <message>
        <source>The progress file %1 is damaged (%2).</source>
        <translation>进度文件 %1 已损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>quire::SlurmJob</name>
    <message>
        <source># Quire: one task per shard of batch %1 of %2.
</source>
        <translation># Quire：%2 的批次 %1，每个分片一个任务。
</translation>
    </message>
    <message>
        <source># Each task processes its shard&apos;s pages into a database of its own, with one worker
# per CPU Slurm gave it (SLURM_CPUS_PER_TASK); the merge job or `quire-cli merge`
# brings them into the main database.
</source>
        <translation># 每个任务将其分片的页面处理到自己的数据库中，Slurm 分配给它的每个 CPU
#（SLURM_CPUS_PER_TASK）运行一个工作进程；合并作业或 `quire-cli merge`
# 会将它们合并到主数据库。
</translation>
    </message>
    <message>
        <source># Quire: merges the shard databases of %1 once the array job has ended.
</source>
        <translation># Quire：作业数组结束后，合并 %1 的分片数据库。
</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; is slurmctld running and reachable?</source>
        <translation>%1 在 %2 秒内没有应答；slurmctld 是否正在运行且可以访问？</translation>
    </message>
    <message>
        <source>%1 could not be started (%2). Install the Slurm client tools (Debian: slurm-client) and run this on a machine that can submit Slurm jobs.</source>
        <translation>无法启动 %1（%2）。请安装 Slurm 客户端工具（Debian：slurm-client），并在可以提交 Slurm 作业的机器上运行。</translation>
    </message>
    <message>
        <source>sbatch refused the job array (%1). Check the Slurm options (--partition, --account, --time, --sbatch-arg); the script is %2.</source>
        <translation>sbatch 拒绝了作业数组（%1）。请检查 Slurm 选项（--partition、--account、--time、--sbatch-arg）；脚本为 %2。</translation>
    </message>
    <message>
        <source>The job array %1 was submitted, but sbatch refused its merge job (%2); run quire-cli merge when the array has ended.</source>
        <translation>作业数组 %1 已提交，但 sbatch 拒绝了其合并作业（%2）；作业数组结束后请运行 quire-cli merge。</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue 失败：%1</translation>
    </message>
</context>
<context>
    <name>quire::SqliteExporter</name>
    <message>
        <source>%1 %2: %3. Check that the folder exists, can be written and has free space.</source>
        <translation>%1 %2：%3。请检查该文件夹是否存在、是否可写以及是否有可用空间。</translation>
    </message>
    <message>
        <source>Could not create the SQLite file</source>
        <translation>无法创建 SQLite 文件</translation>
    </message>
    <message>
        <source>Could not create the tables of</source>
        <translation>无法在以下文件中创建数据表</translation>
    </message>
    <message>
        <source>Could not write the documents to</source>
        <translation>无法将文档写入</translation>
    </message>
    <message>
        <source>Could not write the pages to</source>
        <translation>无法将页面写入</translation>
    </message>
    <message>
        <source>Could not export to %1 because the results could not be read: %2</source>
        <translation>无法导出到 %1，因为无法读取结果：%2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Could not replace the existing file %1; check its permissions.</source>
        <translation>无法替换现有文件 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>Could not move the finished export into place at %1; check the folder&apos;s permissions.</source>
        <translation>无法将已完成的导出文件移动到 %1；请检查该文件夹的权限。</translation>
    </message>
</context>
<context>
    <name>quire::Store</name>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>%1 (database %2): %3.</source>
        <translation>%1（数据库 %2）：%3。</translation>
    </message>
    <message>
        <source>The run database is not open; open a database file before reading or writing results.</source>
        <translation>运行数据库未打开；读取或写入结果前请先打开数据库文件。</translation>
    </message>
    <message>
        <source>Could not start creating the tables</source>
        <translation>无法开始创建数据表</translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Quire (schema %2; this version reads schema %3). Open it with a newer Quire or choose another database file.</source>
        <translation>数据库 %1 由更新版本的 Quire 写入（架构 %2；此版本读取架构 %3）。请用更新版本的 Quire 打开，或选择其他数据库文件。</translation>
    </message>
    <message>
        <source>Could not create the tables</source>
        <translation>无法创建数据表</translation>
    </message>
    <message>
        <source>Could not save the tables</source>
        <translation>无法保存数据表</translation>
    </message>
    <message>
        <source>Could not save page %1</source>
        <translation>无法保存第 %1 页</translation>
    </message>
    <message>
        <source>Could not replace the words of page %1</source>
        <translation>无法替换第 %1 页的词</translation>
    </message>
    <message>
        <source>Could not save the words of page %1</source>
        <translation>无法保存第 %1 页的词</translation>
    </message>
    <message numerus="yes">
        <source>Could not start saving %n page result(s)</source>
        <translation>
            <numerusform>无法开始保存 %n 个页面结果</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay queued; check that no other program is writing this file.</source>
        <translation>它们仍在队列中；请检查是否有其他程序正在写入此文件。</translation>
    </message>
    <message numerus="yes">
        <source>The %n queued page result(s) were kept and will be written with the next flush.</source>
        <translation>
            <numerusform>已保留队列中的 %n 个页面结果，将在下次刷新时写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not commit %n page result(s)</source>
        <translation>
            <numerusform>无法提交 %n 个页面结果</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay queued; check free disk space.</source>
        <translation>它们仍在队列中；请检查磁盘可用空间。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the run database; check that it can be written.</source>
        <translation>无法为运行数据库创建文件夹 %1；请检查其是否可写。</translation>
    </message>
    <message>
        <source>Could not open or create the file</source>
        <translation>无法打开或创建该文件</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>Choose a Quire run database or a new file name.</source>
        <translation>请选择一个 Quire 运行数据库或新的文件名。</translation>
    </message>
    <message>
        <source>The database %1 could not switch to WAL mode (it uses %2); readers will wait for the writer.</source>
        <translation>数据库 %1 无法切换到 WAL 模式（当前使用 %2）；读取方将等待写入方。</translation>
    </message>
    <message>
        <source>Could not configure the database</source>
        <translation>无法配置数据库</translation>
    </message>
    <message numerus="yes">
        <source>Closing the run database lost %n page result(s): %1</source>
        <translation>
            <numerusform>关闭运行数据库时丢失了 %n 个页面结果：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the start of the run</source>
        <translation>无法记录运行的开始</translation>
    </message>
    <message>
        <source>Could not record the end of run %1</source>
        <translation>无法记录运行 %1 的结束</translation>
    </message>
    <message>
        <source>Could not record the document %1</source>
        <translation>无法记录文档 %1</translation>
    </message>
    <message>
        <source>Could not update the state of document %1</source>
        <translation>无法更新文档 %1 的状态</translation>
    </message>
    <message>
        <source>There is no document with id %1 in the database %2.</source>
        <translation>数据库 %2 中没有 ID 为 %1 的文档。</translation>
    </message>
    <message>
        <source>Could not read document %1</source>
        <translation>无法读取文档 %1</translation>
    </message>
    <message>
        <source>Could not read the list of documents</source>
        <translation>无法读取文档列表</translation>
    </message>
    <message>
        <source>Could not read the finished pages</source>
        <translation>无法读取已完成的页面</translation>
    </message>
    <message>
        <source>Could not read the failed pages</source>
        <translation>无法读取失败的页面</translation>
    </message>
    <message>
        <source>Could not read the words of page %1 of %2</source>
        <translation>无法读取 %2 第 %1 页的词</translation>
    </message>
    <message>
        <source>Could not read the pages of %1</source>
        <translation>无法读取 %1 的页面</translation>
    </message>
    <message>
        <source>Could not bring the tables up to schema 2 (review and search)</source>
        <translation>无法将数据表升级到架构 2（审阅和搜索）</translation>
    </message>
    <message>
        <source>The file was not changed; check free disk space and that SQLite has FTS5.</source>
        <translation>文件未被更改；请检查磁盘可用空间以及 SQLite 是否支持 FTS5。</translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation>无法记录架构版本</translation>
    </message>
    <message>
        <source>Could not read the corrections of page %1</source>
        <translation>无法读取第 %1 页的更正</translation>
    </message>
    <message>
        <source>Page %1 was recognized again and no longer has the word &quot;%2&quot; that was corrected to &quot;%3&quot;; the correction is kept in the corrections table of %4. Correct the new word again if needed.</source>
        <translation>第 %1 页已重新识别，不再包含已更正为“%3”的词“%2”；该更正保留在 %4 的更正表中。如有需要，请再次更正新词。</translation>
    </message>
    <message>
        <source>Could not keep the corrections of page %1</source>
        <translation>无法保留第 %1 页的更正</translation>
    </message>
    <message>
        <source>Could not read the text of a corrected page</source>
        <translation>无法读取已更正页面的文本</translation>
    </message>
    <message>
        <source>Could not count the stored pages</source>
        <translation>无法统计已存储的页面</translation>
    </message>
    <message>
        <source>Word %1 cannot be corrected to empty text; type the word as it stands on the page.</source>
        <translation>词 %1 不能更正为空文本；请按页面上的原样输入该词。</translation>
    </message>
    <message>
        <source>Could not start saving the correction of word %1</source>
        <translation>无法开始保存词 %1 的更正</translation>
    </message>
    <message>
        <source>Check that no other program is writing this file.</source>
        <translation>请检查是否有其他程序正在写入此文件。</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and correct the word there.</source>
        <translation>数据库 %2 中没有 ID 为 %1 的词；该页面可能已重新识别。请重新加载该页面，并在其中更正该词。</translation>
    </message>
    <message>
        <source>Could not read word %1</source>
        <translation>无法读取词 %1</translation>
    </message>
    <message>
        <source>Could not save the correction of word %1</source>
        <translation>无法保存词 %1 的更正</translation>
    </message>
    <message>
        <source>Could not commit the correction of word %1</source>
        <translation>无法提交词 %1 的更正</translation>
    </message>
    <message>
        <source>Could not save the review of word %1</source>
        <translation>无法保存词 %1 的审阅结果</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and review the word there.</source>
        <translation>数据库 %2 中没有 ID 为 %1 的词；该页面可能已重新识别。请重新加载该页面，并在其中审阅该词。</translation>
    </message>
    <message>
        <source>Could not read the words to review</source>
        <translation>无法读取待审阅的词</translation>
    </message>
    <message>
        <source>Could not count the words to review</source>
        <translation>无法统计待审阅的词</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the word list.</source>
        <translation>不能将空词添加到词表。</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list</source>
        <translation>无法将“%1”添加到词表</translation>
    </message>
    <message>
        <source>Could not read the word list</source>
        <translation>无法读取词表</translation>
    </message>
    <message>
        <source>Could not search for &quot;%1&quot;</source>
        <translation>无法搜索“%1”</translation>
    </message>
    <message>
        <source>Could not check whether a page&apos;s text was edited</source>
        <translation>无法检查页面文本是否已被编辑</translation>
    </message>
    <message>
        <source>Could not read the words of an edited page</source>
        <translation>无法读取已编辑页面的词</translation>
    </message>
    <message>
        <source>Could not read the edited text of a page</source>
        <translation>无法读取页面的已编辑文本</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 的第 %1 页</translation>
    </message>
    <message>
        <source>Could not start saving the edited text of %1</source>
        <translation>无法开始保存 %1 的已编辑文本</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>There is no stored %1 in the database %2; recognize the document first.</source>
        <translation>数据库 %2 中没有已存储的%1；请先识别该文档。</translation>
    </message>
    <message>
        <source>Could not record the edit of %1</source>
        <translation>无法记录 %1 的编辑</translation>
    </message>
    <message>
        <source>Could not commit the edited text of %1</source>
        <translation>无法提交 %1 的已编辑文本</translation>
    </message>
    <message>
        <source>Could not bring the tables up to schema 3 (dictionary check)</source>
        <translation>无法将数据表升级到架构 3（词典检查）</translation>
    </message>
    <message>
        <source>The file was not changed; check free disk space.</source>
        <translation>文件未被更改；请检查可用磁盘空间。</translation>
    </message>
    <message>
        <source>Check free disk space and that the folder can be written.</source>
        <translation>请检查磁盘可用空间以及该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Check free disk space and that the file and its folder can be written.</source>
        <translation>请检查磁盘可用空间以及该文件及其文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not read the words of a page</source>
        <translation>无法读取页面的词</translation>
    </message>
    <message>
        <source>Could not save the corrected text of a page</source>
        <translation>无法保存页面的更正后文本</translation>
    </message>
    <message>
        <source>Could not read page %1 of %2</source>
        <translation>无法读取 %2 的第 %1 页</translation>
    </message>
    <message>
        <source>Could not record that document %1 moved to %2</source>
        <translation>无法记录文档 %1 已移至 %2</translation>
    </message>
</context>
<context>
    <name>quire::SweepDialog</name>
    <message>
        <source>Find the Sweet Spot</source>
        <translation>查找最佳点</translation>
    </message>
    <message>
        <source>More workers are faster only up to a point: past it they compete for cores, memory and the accelerator. This processes the same pages once per worker count (into a temporary database, nothing is kept) and finds the smallest count within 5% of the best pages per minute.</source>
        <translation>工作进程越多速度越快，但只到某个程度为止：超过之后，它们会争抢核心、内存和加速器。此功能会针对每个工作进程数各处理一遍相同的页面（写入临时数据库，不保留任何内容），并找出每分钟页数与最佳值相差不超过 5% 的最小工作进程数。</translation>
    </message>
    <message>
        <source>Worker counts to measure, separated by commas</source>
        <translation>要测量的工作进程数，以逗号分隔</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>&amp;Worker counts:</source>
        <translation>工作进程数(&amp;W)：</translation>
    </message>
    <message>
        <source>Press Start to measure.</source>
        <translation>按“开始”进行测量。</translation>
    </message>
    <message>
        <source>Throughput against workers</source>
        <translation>吞吐量与工作进程数的关系</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>页/分钟</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>加速比（×）</translation>
    </message>
    <message>
        <source>efficiency (speedup / workers)</source>
        <translation>效率（加速比 / 工作进程数）</translation>
    </message>
    <message>
        <source>sweet spot</source>
        <translation>最佳点</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <source>speedup · efficiency</source>
        <translation>加速比 · 效率</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Pages/min</source>
        <translation>页/分钟</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Use the sweet spot</source>
        <translation>使用最佳点</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) of this run</source>
        <translation>
            <numerusform>本次运行的 %n 个文件或文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents: add some to the run first (the bundled samples were not found).</source>
        <translation>没有文档：请先向本次运行添加一些文档（未找到内置示例）。</translation>
    </message>
    <message>
        <source>The bundled samples in %1 (add documents to measure on your own).</source>
        <translation>%1 中的内置示例（添加文档即可用您自己的文档测量）。</translation>
    </message>
    <message>
        <source>There is nothing to measure on: add documents to the run first.</source>
        <translation>没有可供测量的内容：请先向本次运行添加文档。</translation>
    </message>
    <message>
        <source>Give at least one worker count, e.g. 1, 2, 4.</source>
        <translation>请至少给出一个工作进程数，例如 1, 2, 4。</translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2)…</source>
        <translation>
            <numerusform>正在用 %n 个工作进程测量（第 %1 步，共 %2 步）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2): page %3 of %4…</source>
        <translation>
            <numerusform>正在用 %n 个工作进程测量（第 %1 步，共 %2 步）：第 %3 页，共 %4 页…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measuring with %n worker(s) (step %1 of %2): %3 page(s) done…</source>
        <translation>
            <numerusform>正在用 %n 个工作进程测量（第 %1 步，共 %2 步）：已完成 %3 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>测量已停止：%1</translation>
    </message>
    <message>
        <source>Stopped. The counts measured so far are shown.</source>
        <translation>已停止。显示目前已测量的工作进程数。</translation>
    </message>
    <message>
        <source>No pages were processed, so nothing could be measured. Check the documents.</source>
        <translation>没有处理任何页面，因此无法测量。请检查文档。</translation>
    </message>
    <message numerus="yes">
        <source>Sweet spot: %n worker(s), %1 pages/min. More workers add less than 5%.</source>
        <translation>
            <numerusform>最佳点：%n 个工作进程，%1 页/分钟。再增加工作进程带来的提升不足 5%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sweet spot: %n worker(s)</source>
        <translation>
            <numerusform>最佳点：%n 个工作进程</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ★ sweet spot</source>
        <translation>%1 ★ 最佳点</translation>
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
        <translation>重新测量(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use %n worker(s)</source>
        <translation>
            <numerusform>使用 %n 个工作进程(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the sweet spot</source>
        <translation>使用最佳点(&amp;U)</translation>
    </message>
    <message>
        <source>The documents added last</source>
        <translation>最近添加的文档</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of this database, %1 pages</source>
        <translation>
            <numerusform>此数据库中的 %n 个文档，共 %1 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::TextExporter</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>quire::ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <source>%1
Could not be opened: %2</source>
        <translation>%1
无法打开：%2</translation>
    </message>
    <message>
        <source>%1 p%2</source>
        <translation>%1 第%2页</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No thumbnail: %1</source>
        <translation>无缩略图：%1</translation>
    </message>
    <message>
        <source>Pages in the order they finished. Arrow keys select a page and show it; failed pages say why.</source>
        <translation>按完成顺序排列的页面。方向键选择并显示页面；失败的页面会说明原因。</translation>
    </message>
    <message>
        <source>%1, could not be opened</source>
        <translation>%1，无法打开</translation>
    </message>
    <message>
        <source>%1, page %2, failed</source>
        <translation>%1，第 %2 页，失败</translation>
    </message>
</context>
<context>
    <name>quire::WatchController</name>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Process every document that arrives in a folder, as it arrives, into this database</source>
        <translation>将到达某个文件夹的每个文档在到达时处理到此数据库中</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>无法监视 %1：%2</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>已停止监视 %1。</translation>
    </message>
    <message>
        <source>Watching %1: documents that arrive there are processed into this database as they come.</source>
        <translation>正在监视 %1：到达该处的文档会在到达时处理到此数据库中。</translation>
    </message>
</context>
<context>
    <name>quire::WatchRun</name>
    <message>
        <source>it is gone</source>
        <translation>它已不存在</translation>
    </message>
    <message>
        <source>it changed after it was read; the new version is looked at next</source>
        <translation>读取后它已更改；接下来会查看新版本</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1（目标：%2）</translation>
    </message>
    <message>
        <source>no free name next to %1</source>
        <translation>%1 旁边没有可用的文件名</translation>
    </message>
    <message>
        <source>done before: %1</source>
        <translation>此前已完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>done: %1: %n page(s), the same content as %2 (not read again)</source>
        <translation>
            <numerusform>完成：%1：%n 页，内容与 %2 相同（未重新读取）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %1: %n page(s) in %2 s</source>
        <translation>
            <numerusform>完成：%1：%n 页，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>partly failed before: %1</source>
        <translation>此前部分失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>partly failed: %1: %2 of %n page(s) failed in %3 s: %4</source>
        <translation>
            <numerusform>部分失败：%1：%n 页中有 %2 页失败，用时 %3 秒：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>failed before: %1</source>
        <translation>此前失败：%1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>; moved to %1</source>
        <translation>；已移至 %1</translation>
    </message>
    <message>
        <source>; not moved: %1</source>
        <translation>；未移动：%1</translation>
    </message>
    <message>
        <source>%1 is no PDF or image (PNG, JPEG, TIFF); left alone.</source>
        <translation>%1 不是 PDF 或图像（PNG、JPEG、TIFF）；保持不动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; check the path and its permissions.</source>
        <translation>无法创建文件夹 %1；请检查路径及其权限。</translation>
    </message>
    <message>
        <source>Already watching.</source>
        <translation>已在监视中。</translation>
    </message>
    <message>
        <source>No database is open; open or create one first.</source>
        <translation>未打开数据库；请先打开或新建一个。</translation>
    </message>
    <message numerus="yes">
        <source>idle: no work for %n s; the workers stopped and start again when a file comes.</source>
        <translation>
            <numerusform>空闲：%n 秒没有工作；工作进程已停止，有文件到达时会再次启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>busy: work came; workers start.</source>
        <translation>忙碌：有工作到达；工作进程正在启动。</translation>
    </message>
    <message>
        <source>%1 was saved again unchanged; it is not processed again.</source>
        <translation>%1 被原样重新保存；不会再次处理。</translation>
    </message>
    <message numerus="yes">
        <source>The run is not going; %n file(s) wait for the next start.</source>
        <translation>
            <numerusform>运行未在进行；%n 个文件等待下次启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>it changed while it was processed; the new version is processed next</source>
        <translation>处理期间它已更改；接下来会处理新版本</translation>
    </message>
    <message>
        <source>its results could not be written to the database (%1)</source>
        <translation>其结果无法写入数据库（%1）</translation>
    </message>
    <message>
        <source>the database still names the old place: %1</source>
        <translation>数据库中记录的仍是旧位置：%1</translation>
    </message>
    <message>
        <source>the database no longer holds it</source>
        <translation>数据库中已没有它</translation>
    </message>
    <message>
        <source>; searchable PDF %1</source>
        <translation>；可搜索 PDF %1</translation>
    </message>
    <message>
        <source>; no searchable PDF: %1</source>
        <translation>；没有可搜索 PDF：%1</translation>
    </message>
    <message>
        <source>The folder for processed files or searchable PDFs cannot be the watched folder %1 itself; choose another (a folder inside it is fine: it is not watched).</source>
        <translation>存放已处理文件或可搜索 PDF 的文件夹不能是被监视的文件夹 %1 本身；请另选一个（其中的子文件夹可以：它不会被监视）。</translation>
    </message>
</context>
<context>
    <name>quire::WorkerProcess</name>
    <message>
        <source>took longer than the page timeout (%1 s)</source>
        <translation>超过了页面超时时间（%1 秒）</translation>
    </message>
    <message>
        <source>stopped responding (no heartbeat for %1 s)</source>
        <translation>停止响应（%1 秒无心跳）</translation>
    </message>
    <message>
        <source>could not be started (%1): %2. Reinstall Quire, or point QUIRE_WORKER at quire-worker</source>
        <translation>无法启动（%1）：%2。请重新安装 Quire，或将 QUIRE_WORKER 指向 quire-worker</translation>
    </message>
    <message>
        <source>sent a malformed message (%1)</source>
        <translation>发送了格式错误的消息（%1）</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>崩溃了</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>以代码 %1 退出</translation>
    </message>
</context>
<context>
    <name>quire::WorkerSweep</name>
    <message>
        <source>Cannot create a temporary folder for the sweep: %1</source>
        <translation>无法为测量创建临时文件夹：%1</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>清理</translation>
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
        <translation>工作进程编号</translation>
    </message>
    <message>
        <source>Process id of the quire-worker process</source>
        <translation>quire-worker 进程的进程 ID</translation>
    </message>
    <message>
        <source>The page in work and how far its recognition is</source>
        <translation>正在处理的页面及其识别进度</translation>
    </message>
    <message>
        <source>Pages this worker finished</source>
        <translation>此工作进程已完成的页数</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent opening and rendering the page (or reading its text layer)</source>
        <translation>每页用于打开和渲染页面（或读取其文本层）的平均毫秒数</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent cleaning the image (contrast, threshold, deskew, rotation)</source>
        <translation>每页用于清理图像（对比度、阈值、纠偏、旋转）的平均毫秒数</translation>
    </message>
    <message>
        <source>Mean milliseconds per page spent in Tesseract</source>
        <translation>每页在 Tesseract 中花费的平均毫秒数</translation>
    </message>
    <message>
        <source>Resident memory of the worker process, in MB, after its last page</source>
        <translation>工作进程处理完最后一页后的常驻内存（MB）</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1, page %2 (%3%)</source>
        <translation>%1，第 %2 页（%3%）</translation>
    </message>
    <message>
        <source>Image cleanup on %1</source>
        <translation>图像清理运行于 %1</translation>
    </message>
</context>
<context>
    <name>quire::cli</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Language &apos;%1&apos; is not installed. Installed: %2. Install the tesseract-ocr-%1 package.</source>
        <translation>未安装语言“%1”。已安装：%2。请安装 tesseract-ocr-%1 软件包。</translation>
    </message>
    <message>
        <source>Score recognized text against ground truth: character error rate (CER) and bag-of-words recall.
Ground truth is NAME.gt.txt for a single-page document or image NAME.*, and NAME.pNN.gt.txt for page NN of a multi-page one.</source>
        <translation>将识别出的文本与参考文本（ground truth）对比评分：字符错误率（CER）和词袋召回率。
单页文档或图像 NAME.* 的参考文本为 NAME.gt.txt；多页文档第 NN 页的参考文本为 NAME.pNN.gt.txt。</translation>
    </message>
    <message>
        <source>Database to score.</source>
        <translation>要评分的数据库。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder of *.gt.txt files (searched recursively).</source>
        <translation>存放 *.gt.txt 文件的文件夹（递归搜索）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Score NAME.txt files (e.g. from the tesseract command) instead of a database.</source>
        <translation>对 NAME.txt 文件（例如 tesseract 命令的输出）而非数据库进行评分。</translation>
    </message>
    <message>
        <source>Usage: quire-cli eval (--db FILE | --text-dir DIR) --ground-truth DIR</source>
        <translation>用法：quire-cli eval (--db 文件 | --text-dir 目录) --ground-truth 目录</translation>
    </message>
    <message>
        <source>The ground-truth folder %1 does not exist.</source>
        <translation>参考文本文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>gt chars</source>
        <translation>参考字符</translation>
    </message>
    <message>
        <source>gt words</source>
        <translation>参考词数</translation>
    </message>
    <message>
        <source>overall (%1 pages)</source>
        <translation>总体（%1 页）</translation>
    </message>
    <message>
        <source>%1 ground-truth pages had no recognized page to compare: %2</source>
        <translation>%1 个参考页面没有可供对比的识别页面：%2</translation>
    </message>
    <message>
        <source>No recognized page matched a ground-truth file.</source>
        <translation>没有识别页面与参考文件匹配。</translation>
    </message>
    <message>
        <source>Database file (default: quire.sqlite).</source>
        <translation>数据库文件（默认：quire.sqlite）。</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是 &apos;%4&apos;。</translation>
    </message>
    <message>
        <source>OCR files and folders (PDF, PNG, JPEG, TIFF) into an SQLite database.
Running the same command again skips pages already done.</source>
        <translation>对文件和文件夹（PDF、PNG、JPEG、TIFF）进行 OCR，结果存入 SQLite 数据库。
再次运行相同的命令会跳过已完成的页面。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Files and folders to process.</source>
        <translation>要处理的文件和文件夹。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
    <message>
        <source>Find the worker count where more workers stop helping: process the same pages once per count (into a temporary database) and print pages/min, speedup and efficiency.</source>
        <translation>找出再增加工作进程也无济于事的工作进程数：针对每个数量各处理一遍相同的页面（写入临时数据库），并输出页/分钟、加速比和效率。</translation>
    </message>
    <message>
        <source>--workers takes a list of counts from 1 to 256, e.g. 1,2,4; not &apos;%1&apos;.</source>
        <translation>--workers 接受 1 到 256 之间的数量列表，例如 1,2,4；而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--adaptive-dpi must be at least 50 and below --dpi (%1).</source>
        <translation>--adaptive-dpi 必须至少为 50，且低于 --dpi（%1）。</translation>
    </message>
    <message>
        <source>Give at least one file or folder to process.
</source>
        <translation>请至少给出一个要处理的文件或文件夹。
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>错误：%1：%2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Quire %1: %2 workers, %3 DPI, languages %4, text layer %5 -&gt; %6</source>
        <translation>Quire %1：%2 个工作进程，%3 DPI，语言 %4，文本层 %5 -&gt; %6</translation>
    </message>
    <message>
        <source>  image cleanup on %1</source>
        <translation>  图像清理运行于 %1</translation>
    </message>
    <message>
        <source>No PDF or image files found in the given paths.</source>
        <translation>在给定路径中未找到 PDF 或图像文件。</translation>
    </message>
    <message>
        <source>Nothing to process.</source>
        <translation>没有要处理的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not PDFs or images.</source>
        <translation>
            <numerusform>已跳过 %n 个不是 PDF 或图像的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>  CPU: workers %1 s, coordinator %2 s (%3% of the run)</source>
        <translation>  CPU：工作进程 %1 秒，协调器 %2 秒（占运行的 %3%）</translation>
    </message>
    <message>
        <source>error: CSV export failed: %1</source>
        <translation>错误：CSV 导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Interrupted. Everything finished so far is saved; run the same command again to continue.</source>
        <translation>已中断。目前已完成的内容均已保存；再次运行相同的命令即可继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>pages/min</source>
        <translation>页/分钟</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>  &lt;- sweet spot</source>
        <translation>  &lt;- 最佳点</translation>
    </message>
    <message>
        <source>No pages were processed.</source>
        <translation>没有处理任何页面。</translation>
    </message>
    <message>
        <source>One CSV row per word (with its box and confidence) instead of one row per page.</source>
        <translation>每个词一行 CSV（含其边框和置信度），而不是每页一行。</translation>
    </message>
    <message>
        <source>Folder for one .txt file per document (pages separated by form feeds).</source>
        <translation>存放 .txt 文件的文件夹，每个文档一个文件（各页以换页符分隔）。</translation>
    </message>
    <message>
        <source>Folder for one .hocr file per document.</source>
        <translation>存放 .hocr 文件的文件夹，每个文档一个文件。</translation>
    </message>
    <message>
        <source>Standalone SQLite file of the results to write.</source>
        <translation>要写入结果的独立 SQLite 文件。</translation>
    </message>
    <message>
        <source>%1 export failed: %2</source>
        <translation>%1 导出失败：%2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>error: %1 does not exist.</source>
        <translation>错误：%1 不存在。</translation>
    </message>
    <message>
        <source>The word list %1 given to --user-words cannot be read.</source>
        <translation>无法读取 --user-words 指定的词表 %1。</translation>
    </message>
    <message>
        <source>Score the text as corrected in review (and edited), not as recognized.</source>
        <translation>按审阅（及编辑）后的文本评分，而不是按识别结果。</translation>
    </message>
    <message>
        <source>Give either --shard or files and folders, not both.</source>
        <translation>请指定 --shard 或文件和文件夹，不能两者都指定。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>The documents of a cluster job must be on a file system every node shares.</source>
        <translation>集群作业的文档必须位于所有节点共享的文件系统上。</translation>
    </message>
    <message>
        <source>OCR files and folders on a Slurm cluster: the pages not done yet are cut into shards, one task of a job array each, and a merge job brings every shard&apos;s database into the main one. Submitting the same command again does only what is missing or failed. Inputs and the database must be on a file system the nodes share, and Quire must be installed on the nodes.</source>
        <translation>在 Slurm 集群上对文件和文件夹进行 OCR：尚未完成的页面被切分为分片，每个分片是作业数组中的一个任务，再由合并作业将各分片的数据库合并到主数据库。再次提交相同的命令只会处理缺失或失败的部分。输入和数据库必须位于各节点共享的文件系统上，并且各节点上必须安装 Quire。</translation>
    </message>
    <message>
        <source>Pages per shard (default 300): a few hundred keep the scheduler&apos;s load low.</source>
        <translation>每个分片的页数（默认 300）：几百页可以保持调度器负载较低。</translation>
    </message>
    <message>
        <source>Slurm partition (sbatch --partition).</source>
        <translation>Slurm 分区（sbatch --partition）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Slurm account (sbatch --account).</source>
        <translation>Slurm 账户（sbatch --account）。</translation>
    </message>
    <message>
        <source>Time limit of each shard task (sbatch --time, e.g. 2:00:00).</source>
        <translation>每个分片任务的时间限制（sbatch --time，例如 2:00:00）。</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>CPUs of each shard task; each runs one worker per CPU (default: Slurm&apos;s).</source>
        <translation>每个分片任务的 CPU 数；每个 CPU 运行一个工作进程（默认：由 Slurm 决定）。</translation>
    </message>
    <message>
        <source>Shard tasks running at once (sbatch --array=...%N; default: no limit).</source>
        <translation>同时运行的分片任务数（sbatch --array=...%N；默认：不限）。</translation>
    </message>
    <message>
        <source>One more sbatch option for both jobs, e.g. --sbatch-arg=--mem=8G; may be given several times.</source>
        <translation>为两个作业额外添加一个 sbatch 选项，例如 --sbatch-arg=--mem=8G；可多次指定。</translation>
    </message>
    <message>
        <source>ARG</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Job name (default quire).</source>
        <translation>作业名称（默认 quire）。</translation>
    </message>
    <message>
        <source>Submit no merge job; merge with quire-cli merge (or --wait does it).</source>
        <translation>不提交合并作业；请用 quire-cli merge 合并（或由 --wait 完成）。</translation>
    </message>
    <message>
        <source>The quire-cli the nodes run (default: this one, %1).</source>
        <translation>节点运行的 quire-cli（默认：当前这个，%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Plan and print the job scripts; write and submit nothing.</source>
        <translation>规划并输出作业脚本；不写入也不提交任何内容。</translation>
    </message>
    <message>
        <source>Show progress until the jobs have ended and the shards are merged.</source>
        <translation>显示进度，直到作业结束且分片已合并。</translation>
    </message>
    <message>
        <source>warning: --quire-cli %1 is not an executable here; the nodes must have it at that path.</source>
        <translation>警告：--quire-cli %1 在本机不是可执行文件；各节点必须在该路径下有此文件。</translation>
    </message>
    <message>
        <source>Merge the shard databases of cluster jobs (quire-cli submit) whose tasks have ended into the main database, one transaction per shard. Pages are keyed by content, page and settings, so merging twice changes nothing; the person&apos;s corrections in the main database are kept.</source>
        <translation>将任务已结束的集群作业（quire-cli submit）的分片数据库合并到主数据库，每个分片一个事务。页面按内容、页码和设置区分，因此重复合并不会改变任何内容；主数据库中用户所做的更正会被保留。</translation>
    </message>
    <message>
        <source>The main database (default: quire.sqlite).</source>
        <translation>主数据库（默认：quire.sqlite）。</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has no cluster jobs (no folder %2).</source>
        <translation>无需合并：%1 没有集群作业（不存在文件夹 %2）。</translation>
    </message>
    <message>
        <source>warning: Slurm could not be asked which tasks still run (%1); shards whose progress file says they ended are merged, the others are merged but kept.</source>
        <translation>警告：无法向 Slurm 查询哪些任务仍在运行（%1）；进度文件显示已结束的分片会被合并，其他分片合并后仍会保留。</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>无需合并。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1：%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n could not be opened)</source>
        <translation>
            <numerusform>（%n 个无法打开）</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1/%2 pages done, %3 failed, %4 to do.</source>
        <translation>，已完成 %1/%2 页，失败 %3 页，待处理 %4 页。</translation>
    </message>
    <message>
        <source>Show a database&apos;s progress: pages done, failed and to do, and for its cluster jobs (quire-cli submit) the tasks running and waiting, pages/min, the time left and every failure by shard, file and page.</source>
        <translation>显示数据库的进度：已完成、失败和待处理的页数；对于其集群作业（quire-cli submit），还显示正在运行和等待的任务、每分钟页数、剩余时间，以及按分片、文件和页面列出的每个失败。</translation>
    </message>
    <message>
        <source>The database (default: quire.sqlite).</source>
        <translation>数据库（默认：quire.sqlite）。</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>warning: Slurm could not be asked about the jobs (%1).</source>
        <translation>警告：无法向 Slurm 查询作业（%1）。</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n shard(s): %1 pages in %2 s (%3 pages/s); %4 added, %5 replaced a failed page, %6 were already there.</source>
        <translation>
            <numerusform>已合并 %n 个分片：%1 页，用时 %2 秒（每秒 %3 页）；新增 %4 页，%5 页替换了失败的页面，%6 页已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>%1 could not run: %2 (log: %3)</source>
        <translation>%1 无法运行：%2（日志：%3）</translation>
    </message>
    <message>
        <source>%1 (job %2) ended %3 after %4 of %5 pages; what it saved is kept, and submitting the same command again does the rest.</source>
        <translation>%1（作业 %2）在完成 %5 页中的 %4 页后以 %3 结束；已保存的内容会保留，再次提交相同的命令即可完成其余部分。</translation>
    </message>
    <message>
        <source>%1 (job %2) ended without finishing (%3 of %4 pages).</source>
        <translation>%1（作业 %2）未完成即结束（%4 页中完成 %3 页）。</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (not submitted): %n shard(s)</source>
        <translation>
            <numerusform>批次 %1（未提交）：%n 个分片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1, job %2: %n shard(s)</source>
        <translation>
            <numerusform>批次 %1，作业 %2：%n 个分片</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 running, %2 waiting, %3 ended</source>
        <translation>，%1 个运行中，%2 个等待中，%3 个已结束</translation>
    </message>
    <message>
        <source>; merge job %1 %2</source>
        <translation>；合并作业 %1 %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source> (Slurm could not be asked: states from the progress files)</source>
        <translation>（无法查询 Slurm：状态取自进度文件）</translation>
    </message>
    <message>
        <source>%1/%2 pages finished, %3 failed.</source>
        <translation>已完成 %1/%2 页，失败 %3 页。</translation>
    </message>
    <message>
        <source>shard %1: %2</source>
        <translation>分片 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n shard database(s) not merged yet: run quire-cli merge --db %1</source>
        <translation>
            <numerusform>%n 个分片数据库尚未合并：请运行 quire-cli merge --db %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for encrypted PDFs (Enter alone to finish): </source>
        <translation>加密 PDF 的密码（直接按 Enter 结束）： </translation>
    </message>
    <message>
        <source>Cannot read passwords from standard input: %1</source>
        <translation>无法从标准输入读取密码：%1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1（默认：%2）</translation>
    </message>
    <message>
        <source>Watch folders and OCR every document that arrives or changes, once it is complete, into an SQLite database, until stopped (SIGINT, SIGTERM). The same content is never processed twice, also across restarts; a file that fails is tried again only when it changes.</source>
        <translation>监视文件夹，对到达或发生变化的每个文档在其完整后进行 OCR，结果存入 SQLite 数据库，直到被停止（SIGINT、SIGTERM）。相同的内容绝不会处理两次，重启后也是如此；失败的文件只有在发生变化时才会重试。</translation>
    </message>
    <message>
        <source>Folders to watch, with their subfolders.</source>
        <translation>要监视的文件夹，包括其子文件夹。</translation>
    </message>
    <message>
        <source>DIR...</source>
        <translation>目录...</translation>
    </message>
    <message>
        <source>--break-signatures goes with --output-pdf.</source>
        <translation>--break-signatures 需与 --output-pdf 一起使用。</translation>
    </message>
    <message>
        <source>Give at least one folder to watch.
</source>
        <translation>请至少给出一个要监视的文件夹。
</translation>
    </message>
    <message>
        <source>  worker      pid  pages render ms  cleanup ms  ocr ms/p    peak MB   (means per page)</source>
        <translation>    编号      PID   页数   渲染 ms     清理 ms  OCR ms/页   峰值 MB   （每页平均值）</translation>
    </message>
    <message numerus="yes">
        <source>  %n worker(s) were replaced after a crash, a hang or too much memory.</source>
        <translation>
            <numerusform>  有 %n 个工作进程因崩溃、挂起或内存占用过多而被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>  coordinator peak memory: %1 MB</source>
        <translation>  协调器内存峰值：%1 MB</translation>
    </message>
    <message>
        <source>error: the database %1 cannot be written (%2 is read-only). A run keeps its state there: make it writable or give another file with --db.</source>
        <translation>错误：无法写入数据库 %1（%2 为只读）。运行会在其中保存状态：请使其可写，或用 --db 指定其他文件。</translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] %n worker(s)...</source>
        <translation>
            <numerusform>[%1/%2] %n 个工作进程...</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds a new or changed file must keep its size and time before it is read (default 2).</source>
        <translation>新文件或已更改的文件在被读取前，其大小和时间必须保持不变的秒数（默认 2）。</translation>
    </message>
    <message>
        <source>Seconds between full listings of the folders, besides the system&apos;s change notices: the safety net for network shares (default 30).</source>
        <translation>两次完整列出文件夹之间的秒数，作为系统变更通知之外的补充：是网络共享的安全保障（默认 30）。</translation>
    </message>
    <message>
        <source>Seconds without work after which the workers stop; they start again when a file comes (default 60).</source>
        <translation>没有工作多少秒后停止工作进程；有文件到达时会再次启动（默认 60）。</translation>
    </message>
    <message>
        <source>Move each processed file into this folder, under its path below the watched folder (default: leave it where it is).</source>
        <translation>将每个已处理的文件移到此文件夹，保持其在被监视文件夹下的相对路径（默认：保留在原处）。</translation>
    </message>
    <message>
        <source>Move each file that failed, or had a page that failed, into this folder (default: leave it where it is).</source>
        <translation>将每个失败的文件或含有失败页面的文件移到此文件夹（默认：保留在原处）。</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>留在原处</translation>
    </message>
    <message>
        <source>go to %1</source>
        <translation>移到 %1</translation>
    </message>
    <message>
        <source>stopped: %1 document(s) done, %2 failed; %3</source>
        <translation>已停止：完成 %1 个文档，失败 %2 个；%3</translation>
    </message>
    <message>
        <source>stopping now: the pages still in work are left for the next start.</source>
        <translation>立即停止：仍在处理的页面留待下次启动。</translation>
    </message>
    <message>
        <source>stopping: the pages in work finish (at most %1 s; stop again to leave them for the next start).</source>
        <translation>正在停止：正在处理的页面会完成（最多 %1 秒；再次停止则将其留待下次启动）。</translation>
    </message>
    <message>
        <source>Quire %1 watching %2 into %3: %4 DPI, languages %5; files are read once they keep their size for %6 s, folders listed again every %7 s; up to %8 worker(s), stopped after %9 s without work; processed files %10, failed ones %11.</source>
        <translation>Quire %1 正在监视 %2，结果存入 %3：%4 DPI，语言 %5；文件大小保持 %6 秒不变后才读取，每 %7 秒重新列出文件夹；最多 %8 个工作进程，无工作 %9 秒后停止；已处理的文件%10，失败的文件%11。</translation>
    </message>
    <message>
        <source>Write the results stored in a database, with the corrections made in review, as CSV, plain text, hOCR, a standalone SQLite file or searchable PDFs.</source>
        <translation>将数据库中存储的结果（包含审阅时所做的更正）写出为 CSV、纯文本、hOCR、独立的 SQLite 文件或可搜索 PDF。</translation>
    </message>
    <message>
        <source>Write CSV cells exactly as stored. By default a cell that begins with = + - @ or a tab gets a leading apostrophe, so that a spreadsheet program cannot run text from a document as a formula.</source>
        <translation>按存储的原样写出 CSV 单元格。默认情况下，以 = + - @ 或制表符开头的单元格前会加一个撇号，以免电子表格程序把文档中的文本当作公式执行。</translation>
    </message>
    <message>
        <source>Folder for one searchable PDF per document: the original pages untouched, with an invisible text layer (the inputs&apos; folders are mirrored below it).</source>
        <translation>每个文档写出一个可搜索 PDF 的文件夹：原始页面保持不变，并附加不可见的文本层（其下按输入文件的文件夹结构建立子文件夹）。</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs (--pdf); may be given several times, each is tried.</source>
        <translation>加密 PDF 的密码（--pdf）；可多次指定，每个都会尝试。</translation>
    </message>
    <message>
        <source>Read passwords for encrypted PDFs (--pdf) from FILE, one a line (&apos;-&apos;: standard input). QUIRE_PASSWORDS (one a line) is read too.</source>
        <translation>从指定的文件读取加密 PDF 的密码（--pdf），每行一个（&apos;-&apos;：标准输入）。也会读取 QUIRE_PASSWORDS（每行一个）。</translation>
    </message>
    <message>
        <source>Also write searchable PDFs of digitally signed documents, whose signatures then become invalid (--pdf).</source>
        <translation>同时为带数字签名的文档写出可搜索 PDF，其签名随之失效（--pdf）。</translation>
    </message>
    <message>
        <source>Usage: quire-cli export --db FILE [--csv FILE [--words] [--csv-raw]] [--text DIR] [--hocr DIR] [--sqlite FILE] [--pdf DIR [--password P]... [--password-file FILE] [--break-signatures]]
Give at least one of --csv, --text, --hocr, --sqlite and --pdf.</source>
        <translation>用法：quire-cli export --db 文件 [--csv 文件 [--words] [--csv-raw]] [--text 目录] [--hocr 目录] [--sqlite 文件] [--pdf 目录 [--password P]... [--password-file 文件] [--break-signatures]]
请至少指定 --csv、--text、--hocr、--sqlite 和 --pdf 中的一项。</translation>
    </message>
    <message>
        <source>Searchable PDF export failed: %1</source>
        <translation>可搜索 PDF 导出失败：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Also write the results as CSV, one row per page.</source>
        <translation>同时将结果写出为 CSV，每页一行。</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs; may be given several times, each is tried. Every user of this machine can read it in the process list: prefer --password-file or the QUIRE_PASSWORDS environment variable.</source>
        <translation>加密 PDF 的密码；可多次指定，每个都会尝试。本机的每个用户都能在进程列表中看到它：建议改用 --password-file 或环境变量 QUIRE_PASSWORDS。</translation>
    </message>
    <message>
        <source>Read passwords for encrypted PDFs from FILE, one a line (&apos;-&apos;: standard input; on a terminal they are asked for without echo). The environment variable QUIRE_PASSWORDS (one a line) is read too.</source>
        <translation>从指定的文件读取加密 PDF 的密码，每行一个（&apos;-&apos;：标准输入；在终端上会以不回显方式询问）。也会读取环境变量 QUIRE_PASSWORDS（每行一个）。</translation>
    </message>
    <message>
        <source>Worker processes (default: one per core, here %1).</source>
        <translation>工作进程数（默认：每个核心一个，本机为 %1）。</translation>
    </message>
    <message>
        <source>Write throughput samples (one a second) as CSV.</source>
        <translation>将吞吐量采样（每秒一次）写出为 CSV。</translation>
    </message>
    <message>
        <source>Word list (one word a line) Tesseract should know, besides the database&apos;s own (default: the personal list %1, when it exists; &apos;&apos; for none).</source>
        <translation>Tesseract 应认识的词表（每行一个词），数据库自身的词表之外（默认：个人词表 %1，如存在；&apos;&apos; 表示不用）。</translation>
    </message>
    <message>
        <source>Process only the pages a shard manifest lists, with its settings (a task of a cluster job; quire-cli submit writes them). Workers: one per CPU Slurm gave the task, unless --workers says otherwise.</source>
        <translation>仅按分片清单中的设置处理其列出的页面（集群作业中的一个任务；由 quire-cli submit 写入）。工作进程：Slurm 分配给该任务的每个 CPU 一个，除非 --workers 另有指定。</translation>
    </message>
    <message>
        <source>MANIFEST</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Keep a JSON snapshot of the run&apos;s progress in this file (replaced every few seconds).</source>
        <translation>在此文件中保存运行进度的 JSON 快照（每隔几秒替换一次）。</translation>
    </message>
    <message>
        <source>Write each document&apos;s searchable PDF into this folder as soon as its last page is done (the inputs&apos; folders are mirrored below it).</source>
        <translation>每个文档的最后一页完成后，立即将其可搜索 PDF 写入此文件夹（其下按输入文件的文件夹结构建立子文件夹）。</translation>
    </message>
    <message>
        <source>With --output-pdf: also write digitally signed documents, whose signatures then become invalid.</source>
        <translation>与 --output-pdf 一起使用：同时写出带数字签名的文档，其签名随之失效。</translation>
    </message>
    <message>
        <source>batch %1 of %2 is still running (job %3). Follow it with quire-cli status --db %2, or cancel it with scancel %3; then submit again.</source>
        <translation>%2 的批次 %1 仍在运行（作业 %3）。请用 quire-cli status --db %2 跟踪，或用 scancel %3 取消；然后再次提交。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Merging what earlier batches left...</source>
        <translation>正在合并之前批次留下的内容...</translation>
    </message>
    <message>
        <source>error: earlier shards could not be merged; fix that first (quire-cli merge --db %1).</source>
        <translation>错误：之前的分片无法合并；请先解决该问题（quire-cli merge --db %1）。</translation>
    </message>
    <message>
        <source>Scanning and hashing the inputs...</source>
        <translation>正在扫描输入并计算哈希...</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 pages: %2 already done, %3 to do</source>
        <translation>
            <numerusform>%n 个文档，%1 页：%2 页已完成，%3 页待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n shard(s) of up to %1 pages.</source>
        <translation>
            <numerusform>，分为 %n 个分片，每个最多 %1 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to submit.</source>
        <translation>无需提交。</translation>
    </message>
    <message>
        <source># The job array (%1):</source>
        <translation># 作业数组（%1）：</translation>
    </message>
    <message>
        <source># The merge job (%1), submitted with --dependency=afterany:ARRAY_JOB_ID --kill-on-invalid-dep=no:</source>
        <translation># 合并作业（%1），以 --dependency=afterany:ARRAY_JOB_ID --kill-on-invalid-dep=no 提交：</translation>
    </message>
    <message>
        <source>Dry run: nothing was written or submitted.</source>
        <translation>试运行：未写入也未提交任何内容。</translation>
    </message>
    <message>
        <source>warning: %1 The shards run without it.</source>
        <translation>警告：%1 分片将在没有它的情况下运行。</translation>
    </message>
    <message>
        <source>warning: cannot write the word list %1: %2; the shards run without it.</source>
        <translation>警告：无法写入词表 %1：%2；分片将在没有它的情况下运行。</translation>
    </message>
    <message>
        <source>warning: %1; quire-cli status and merge will not know job %2.</source>
        <translation>警告：%1；quire-cli status 和 merge 将无法得知作业 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Submitted job array %1: %n shard(s) of up to %2 pages (files in %3).</source>
        <translation>
            <numerusform>已提交作业数组 %1：%n 个分片，每个最多 %2 页（文件位于 %3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted job array %1: %n shard(s) of up to %2 pages (files in %3), and merge job %4 after it.</source>
        <translation>
            <numerusform>已提交作业数组 %1：%n 个分片，每个最多 %2 页（文件位于 %3），以及随后的合并作业 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow it with: quire-cli status --db %1</source>
        <translation>跟踪进度：quire-cli status --db %1</translation>
    </message>
    <message>
        <source>error: shard %1: %2</source>
        <translation>错误：分片 %1：%2</translation>
    </message>
    <message>
        <source>%1 running, %2 waiting</source>
        <translation>%1 个运行中，%2 个等待中</translation>
    </message>
    <message>
        <source>warning: %1; still waiting.</source>
        <translation>警告：%1；仍在等待。</translation>
    </message>
    <message>
        <source>warning: the merge job %1 ended %2 (log: %3).</source>
        <translation>警告：合并作业 %1 以 %2 结束（日志：%3）。</translation>
    </message>
    <message>
        <source>unseen</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Done: %1 pages on the cluster in %2 (%3 pages/min): %4 done, %5 failed, %6 not processed.</source>
        <translation>完成：集群上 %1 页，用时 %2（每分钟 %3 页）：%4 页完成，%5 页失败，%6 页未处理。</translation>
    </message>
    <message>
        <source>Searchable PDFs go to %1.</source>
        <translation>可搜索 PDF 写入 %1。</translation>
    </message>
</context>
<context>
    <name>quire::lexicon</name>
    <message>
        <source>Could not read the word list %1: %2</source>
        <translation>无法读取词表 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to add to the word list.</source>
        <translation>“%1”没有可加入词表的字母或数字。</translation>
    </message>
    <message>
        <source>Could not create the folder of the word list %1.</source>
        <translation>无法创建词表 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list %2: %3</source>
        <translation>无法将“%1”加入词表 %2：%3</translation>
    </message>
    <message>
        <source>Could not write the word list for Tesseract to %1: %2</source>
        <translation>无法将供 Tesseract 使用的词表写入 %1：%2</translation>
    </message>
</context>
</TS>
