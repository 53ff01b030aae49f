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
            <numerusform> (另有 %n 个文档正在打开)</numerusform>
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
        <translation>未知命令 &apos;%1&apos;。

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

Run &apos;quire-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>用法：quire-cli 命令 [选项]

命令：
  run 路径...     对文件和文件夹（PDF、PNG、JPEG、TIFF）进行 OCR，结果存入数据库
  export          将数据库中的结果导出为 CSV、文本、hOCR 或 SQLite
  eval            将已存储的文本与参考文本（ground truth）文件对比评分
  bench 路径...   测量不同工作进程数下的页/分钟，并找出最佳点

运行 &apos;quire-cli 命令 --help&apos; 查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>quire::BatchRun</name>
    <message>
        <source>%1: cannot be recorded in the database: %2</source>
        <translation>%1：无法记录到数据库：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) failed</source>
        <translation>
            <numerusform>%n 页失败</numerusform>
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
        <source>%1 The run goes on without it.</source>
        <translation>%1 运行将在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>Could not hand the word list to Tesseract (%1); the run goes on without it.</source>
        <translation>无法将词表交给 Tesseract（%1）；运行将在没有它的情况下继续。</translation>
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
        <translation>整个运行</translation>
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
        <source>%1 is password-protected: give the password with --password</source>
        <translation>%1 受密码保护：请用 --password 提供密码</translation>
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
        <translation>CSV，每个单词一行…</translation>
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
</context>
<context>
    <name>quire::HocrExporter</name>
    <message>
        <source>hOCR</source>
        <translation>hOCR</translation>
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
    <name>quire::MainWindow</name>
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
        <source>Double-click a document to see its first page</source>
        <translation>双击文档可查看其第一页</translation>
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
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Problems and messages of the run appear here.</source>
        <translation>本次运行的问题和消息会显示在这里。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Pages per minute over the last 30 seconds, and over the whole run</source>
        <translation>最近 30 秒以及整个运行期间的每分钟页数</translation>
    </message>
    <message>
        <source>Time left at the rate of the last 30 seconds</source>
        <translation>按最近 30 秒的速度估算的剩余时间</translation>
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
        <source>Cannot open %1 while a run goes on: cancel the run first.</source>
        <translation>运行进行中，无法打开 %1：请先取消运行。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Choose another file with File → Open Database.</source>
        <translation>无法打开数据库 %1：%2。请通过“文件 → 打开数据库”选择其他文件。</translation>
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
        <source>Database %1 (empty). Drop documents to start.</source>
        <translation>数据库 %1（空）。拖放文档即可开始。</translation>
    </message>
    <message>
        <source>Could not read the stored pages: %1</source>
        <translation>无法读取已存储的页面：%1</translation>
    </message>
    <message>
        <source>%1 does not exist; it was not added.</source>
        <translation>%1 不存在；未添加。</translation>
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
        <source>Cannot start: the language %1 is not installed (installed: %2). Choose another language in Settings, or install the tesseract-ocr-%1 package.</source>
        <translation>无法开始：未安装语言 %1（已安装：%2）。请在“设置”中选择其他语言，或安装 tesseract-ocr-%1 软件包。</translation>
    </message>
    <message>
        <source>Language Not Installed</source>
        <translation>语言未安装</translation>
    </message>
    <message numerus="yes">
        <source>Started: %n worker(s), %1 dpi, languages %2.</source>
        <translation>
            <numerusform>已开始：%n 个工作进程，%1 dpi，语言 %2。</numerusform>
        </translation>
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
        <source>%1 has no finished page yet.</source>
        <translation>%1 还没有已完成的页面。</translation>
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
        <source>%1 page(s) in %2 (%3 pages/min): %4 from the text layer, %5 recognized, %6 failed; %7 done before.</source>
        <translation>%2 内完成 %1 页（%3 页/分钟）：%4 页来自文本层，%5 页经识别，%6 页失败；%7 页此前已完成。</translation>
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
        <source>The Run Stopped</source>
        <translation>运行已停止</translation>
    </message>
    <message>
        <source>The run stopped: %1

Pages finished so far are saved.</source>
        <translation>运行已停止：%1

目前已完成的页面均已保存。</translation>
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
        <source>Cancelled; press Start to continue.</source>
        <translation>已取消；按“开始”继续。</translation>
    </message>
    <message>
        <source>Pages: %1 / %2</source>
        <translation>页数：%1 / %2</translation>
    </message>
    <message>
        <source>Ready; press Start.</source>
        <translation>就绪；请按“开始”。</translation>
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
    <message numerus="yes">
        <source>Log (%n problem(s))</source>
        <translation>
            <numerusform>日志（%n 个问题）</numerusform>
        </translation>
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
        <translation>审阅单词(&amp;R)…</translation>
    </message>
    <message>
        <source>Check the words recognized with low confidence, one after the other</source>
        <translation>逐个检查以低置信度识别的单词</translation>
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
        <translation>显示按置信度着色的单词框</translation>
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
        <translation>适合宽度</translation>
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
        <source>1 word</source>
        <translation>1 个词</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 个词</translation>
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
        <source>90 and up</source>
        <translation>90 及以上</translation>
    </message>
    <message>
        <source>70–89</source>
        <translation>70–89</translation>
    </message>
    <message>
        <source>below 70</source>
        <translation>低于 70</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Edit the page text freely; word boxes stay linked where the words still match</source>
        <translation>自由编辑页面文本；单词仍匹配之处，单词框保持关联</translation>
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
</context>
<context>
    <name>quire::PageView</name>
    <message>
        <source>“%1”, confidence %2%</source>
        <translation>“%1”，置信度 %2%</translation>
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
        <translation>置信度低于此值的已识别单词会加入审阅队列。</translation>
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
        <translation>的单词</translation>
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
        <translation>上一个单词 (Shift+Tab, Page Up)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next word without changing this one (Tab, Page Down)</source>
        <translation>下一个单词，不修改当前单词 (Tab, Page Down)</translation>
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
        <translation>接受并不再标记此单词 (Ctrl+L)</translation>
    </message>
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
        <translation>没有置信度低于 %1% 的单词等待审阅。</translation>
    </message>
    <message>
        <source>Open a database to review its words.</source>
        <translation>打开数据库以审阅其中的单词。</translation>
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
        <source>Could not save the review of &quot;%1&quot;: %2</source>
        <translation>无法保存对“%1”的校对：%2</translation>
    </message>
    <message>
        <source>No words below %1% confidence or outside the dictionary are waiting for review.</source>
        <translation>没有置信度低于 %1% 或不在词典中的词等待校对。</translation>
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
        <source>it is not in the database any more</source>
        <translation>它已不在数据库中</translation>
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
</context>
<context>
    <name>quire::SettingsDialog</name>
    <message>
        <source>Quire Settings</source>
        <translation>Quire 设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Automatic (%1 s at 300 dpi)</source>
        <translation>自动（300 dpi 时为 %1 秒）</translation>
    </message>
    <message>
        <source>A page that takes longer is abandoned, its worker restarted and the page retried. Automatic scales with the page size.</source>
        <translation>耗时超过此值的页面会被放弃，其工作进程会重启，并重试该页。“自动”会随页面尺寸调整。</translation>
    </message>
    <message>
        <source>How often a page whose worker crashed or hung is tried again before it is marked failed.</source>
        <translation>工作进程崩溃或挂起时，页面在被标记为失败之前的重试次数。</translation>
    </message>
    <message>
        <source>A busy worker that stays silent this long is considered hung and restarted.</source>
        <translation>忙碌的工作进程若保持沉默达到此时长，即视为挂起并重启。</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A worker using more memory than this after a page is replaced by a fresh one.</source>
        <translation>处理完一页后内存占用超过此值的工作进程会被新的工作进程替换。</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> 百万像素</translation>
    </message>
    <message>
        <source>Pages larger than this at the chosen resolution are rendered at a lower one.</source>
        <translation>在所选分辨率下超过此大小的页面会以更低的分辨率渲染。</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>Page &amp;timeout:</source>
        <translation>页面超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Retries per page:</source>
        <translation>每页重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Heartbeat timeout:</source>
        <translation>心跳超时(&amp;H)：</translation>
    </message>
    <message>
        <source>Worker &amp;memory limit:</source>
        <translation>工作进程内存上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Largest page &amp;image:</source>
        <translation>最大页面图像(&amp;I)：</translation>
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
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution pages are rendered at for recognition. 300 dpi reads small print well; 150 dpi is about four times faster but misses more.</source>
        <translation>渲染页面以供识别时使用的分辨率。300 dpi 能很好地识别小字；150 dpi 约快四倍，但错漏更多。</translation>
    </message>
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
        <source>Pages of PDFs made from text carry their text already; reading it takes milliseconds instead of a second of OCR.</source>
        <translation>由文本生成的 PDF 页面本身已带有文本；读取它只需几毫秒，而 OCR 需要约一秒。</translation>
    </message>
    <message>
        <source>Even out contrast (CLAHE)</source>
        <translation>均衡对比度（CLAHE）</translation>
    </message>
    <message>
        <source>Helps faint or unevenly lit scans; costs a little time.</source>
        <translation>有助于处理字迹淡或光照不均的扫描件；会多花一点时间。</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>Hand Tesseract a clean black-on-white page (Otsu threshold).</source>
        <translation>向 Tesseract 提供干净的白底黑字页面（Otsu 阈值）。</translation>
    </message>
    <message>
        <source>Straighten skew</source>
        <translation>纠偏</translation>
    </message>
    <message>
        <source>Detect and correct small rotations (up to 10 degrees).</source>
        <translation>检测并校正小角度旋转（最多 10 度）。</translation>
    </message>
    <message>
        <source>Turn rotated pages</source>
        <translation>旋正旋转的页面</translation>
    </message>
    <message>
        <source>Detect pages rotated by 90, 180 or 270 degrees (Tesseract OSD).</source>
        <translation>检测旋转了 90、180 或 270 度的页面（Tesseract OSD）。</translation>
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
        <source>Run image cleanup through OpenCL. On a computer without a GPU the CPU path is faster, which is what Auto chooses.</source>
        <translation>通过 OpenCL 进行图像清理。在没有 GPU 的计算机上，CPU 路径更快，“自动”会选择它。</translation>
    </message>
    <message>
        <source>Settings apply to a whole run; change them when it ends.</source>
        <translation>设置作用于整个运行；请在运行结束后再更改。</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text layer:</source>
        <translation>文本层(&amp;T)：</translation>
    </message>
    <message>
        <source>Cleanup:</source>
        <translation>图像清理：</translation>
    </message>
    <message>
        <source>&amp;OpenCL:</source>
        <translation>OpenCL(&amp;O)：</translation>
    </message>
    <message>
        <source>Not installed: %1. Installed: %2. Install the tesseract-ocr-%3 package.</source>
        <translation>未安装：%1。已安装：%2。请安装 tesseract-ocr-%3 软件包。</translation>
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
        <source>Could not prepare writing</source>
        <translation>无法准备写入</translation>
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
        <source>Could not prepare a query</source>
        <translation>无法准备查询</translation>
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
        <translation>无法替换第 %1 页的单词</translation>
    </message>
    <message>
        <source>Could not save the words of page %1</source>
        <translation>无法保存第 %1 页的单词</translation>
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
        <source>Could not prepare reading a stored page</source>
        <translation>无法准备读取已存储的页面</translation>
    </message>
    <message>
        <source>Could not prepare reading the stored pages</source>
        <translation>无法准备读取已存储的各页面</translation>
    </message>
    <message>
        <source>Could not read the words of page %1 of %2</source>
        <translation>无法读取 %2 第 %1 页的单词</translation>
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
        <translation>第 %1 页已重新识别，不再包含已更正为“%3”的单词“%2”；该更正保留在 %4 的更正表中。如有需要，请再次更正新单词。</translation>
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
        <source>Could not read the words of page %1</source>
        <translation>无法读取第 %1 页的单词</translation>
    </message>
    <message>
        <source>Could not save the corrected text of page %1</source>
        <translation>无法保存第 %1 页的更正后文本</translation>
    </message>
    <message>
        <source>Could not count the stored pages</source>
        <translation>无法统计已存储的页面</translation>
    </message>
    <message>
        <source>Word %1 cannot be corrected to empty text; type the word as it stands on the page.</source>
        <translation>单词 %1 不能更正为空文本；请按页面上的原样输入该单词。</translation>
    </message>
    <message>
        <source>Could not start saving the correction of word %1</source>
        <translation>无法开始保存单词 %1 的更正</translation>
    </message>
    <message>
        <source>Check that no other program is writing this file.</source>
        <translation>请检查是否有其他程序正在写入此文件。</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and correct the word there.</source>
        <translation>数据库 %2 中没有 ID 为 %1 的单词；该页面可能已重新识别。请重新加载该页面，并在其中更正该单词。</translation>
    </message>
    <message>
        <source>Could not read word %1</source>
        <translation>无法读取单词 %1</translation>
    </message>
    <message>
        <source>Could not save the correction of word %1</source>
        <translation>无法保存单词 %1 的更正</translation>
    </message>
    <message>
        <source>Could not commit the correction of word %1</source>
        <translation>无法提交单词 %1 的更正</translation>
    </message>
    <message>
        <source>Check free disk space.</source>
        <translation>请检查磁盘可用空间。</translation>
    </message>
    <message>
        <source>Could not save the review of word %1</source>
        <translation>无法保存单词 %1 的审阅结果</translation>
    </message>
    <message>
        <source>There is no word with id %1 in the database %2; the page may have been recognized again. Reload the page and review the word there.</source>
        <translation>数据库 %2 中没有 ID 为 %1 的单词；该页面可能已重新识别。请重新加载该页面，并在其中审阅该单词。</translation>
    </message>
    <message>
        <source>Could not prepare reading the words to review</source>
        <translation>无法准备读取待审阅的单词</translation>
    </message>
    <message>
        <source>Could not read the words to review</source>
        <translation>无法读取待审阅的单词</translation>
    </message>
    <message>
        <source>Could not count the words to review</source>
        <translation>无法统计待审阅的单词</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the word list.</source>
        <translation>不能将空单词添加到词表。</translation>
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
        <source>Could not prepare the search for &quot;%1&quot;</source>
        <translation>无法准备搜索“%1”</translation>
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
        <translation>无法读取已编辑页面的单词</translation>
    </message>
    <message>
        <source>Could not save the edited text of a page</source>
        <translation>无法保存页面的已编辑文本</translation>
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
        <translation>未安装语言 &apos;%1&apos;。已安装：%2。请安装 tesseract-ocr-%1 软件包。</translation>
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
        <source>Also write the results as CSV, one row per page.</source>
        <translation>同时将结果写出为 CSV，每页一行。</translation>
    </message>
    <message>
        <source>Render resolution for OCR (50-1200, default 300).</source>
        <translation>OCR 的渲染分辨率（50-1200，默认 300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Tesseract languages, e.g. eng+spa (default eng).</source>
        <translation>Tesseract 语言，例如 eng+spa（默认 eng）。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>auto: use a page&apos;s text layer where it holds the text (default); ocr: OCR every page; text: never OCR.</source>
        <translation>auto：页面的文本层包含文本时使用它（默认）；ocr：对每一页进行 OCR；text：从不 OCR。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Image cleanup through OpenCL: auto (GPU if present, default), on, off.</source>
        <translation>通过 OpenCL 进行图像清理：auto（如有 GPU 则使用，默认）、on、off。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs; may be given several times, each is tried.</source>
        <translation>加密 PDF 的密码；可多次指定，每个都会尝试。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Equalise contrast (CLAHE) before binarizing.</source>
        <translation>二值化之前先均衡对比度（CLAHE）。</translation>
    </message>
    <message>
        <source>Binarize (Otsu) before OCR instead of letting Tesseract threshold.</source>
        <translation>在 OCR 之前进行二值化（Otsu），而不是由 Tesseract 自行阈值化。</translation>
    </message>
    <message>
        <source>Do not correct small skew.</source>
        <translation>不对轻微倾斜进行纠偏。</translation>
    </message>
    <message>
        <source>Do not detect 90/180/270 degree rotation.</source>
        <translation>不检测 90/180/270 度旋转。</translation>
    </message>
    <message>
        <source>Largest page image; bigger pages are rendered at a lower DPI (default 50).</source>
        <translation>最大页面图像；更大的页面会以更低的 DPI 渲染（默认 50）。</translation>
    </message>
    <message>
        <source>Recognize PDF pages at this lower DPI first, and again at --dpi only when their mean confidence is below --adaptive-threshold.</source>
        <translation>先以这个较低的 DPI 识别 PDF 页面，仅当其平均置信度低于 --adaptive-threshold 时再以 --dpi 重新识别。</translation>
    </message>
    <message>
        <source>Mean word confidence (0-100) below which an adaptive page is recognized again at full DPI (default 85).</source>
        <translation>平均单词置信度（0-100），低于此值时自适应页面会以完整 DPI 重新识别（默认 85）。</translation>
    </message>
    <message>
        <source>Worker processes (default: one per core, here %1).</source>
        <translation>工作进程数（默认：每个核心一个，本机为 %1）。</translation>
    </message>
    <message>
        <source>Retries of a page whose worker crashed or hung (default 2).</source>
        <translation>工作进程崩溃或挂起时页面的重试次数（默认 2）。</translation>
    </message>
    <message>
        <source>Seconds a page may take (default: scaled to the page size, %1 s at 300 DPI).</source>
        <translation>每页允许花费的秒数（默认：按页面尺寸缩放，300 DPI 时为 %1 秒）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds a busy worker may stay silent (default 30).</source>
        <translation>忙碌的工作进程允许保持沉默的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Replace a worker whose memory exceeds this many MB (default 2048).</source>
        <translation>替换内存超过此 MB 数的工作进程（默认 2048）。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Write throughput samples (one a second) as CSV.</source>
        <translation>将吞吐量采样（每秒一次）写出为 CSV。</translation>
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
        <source>--dpi must be a number from 50 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi 必须是 50 到 1200 之间的数字，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--max-megapixels must be a number from 1 to 1000, not &apos;%1&apos;.</source>
        <translation>--max-megapixels 必须是 1 到 1000 之间的数字，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--text-layer must be auto, ocr or text, not &apos;%1&apos;.</source>
        <translation>--text-layer 必须是 auto、ocr 或 text，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--opencl must be auto, on or off, not &apos;%1&apos;.</source>
        <translation>--opencl 必须是 auto、on 或 off，而不是 &apos;%1&apos;。</translation>
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
        <source>  worker      pid  pages render ms  cleanup ms  ocr ms/p  memory MB   (means per page)</source>
        <translation>    编号      PID   页数   渲染 ms     清理 ms  OCR ms/页   内存 MB   （每页平均值）</translation>
    </message>
    <message>
        <source>  %1 worker(s) were replaced after a crash, a hang or too much memory.</source>
        <translation>  有 %1 个工作进程因崩溃、挂起或内存占用过多而被替换。</translation>
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
    <message>
        <source>Done: %1 pages in %2 (%3 pages/min): %4 text layer, %5 OCR, %6 failed; %7 already done before.</source>
        <translation>完成：%2 内处理 %1 页（%3 页/分钟）：文本层 %4 页，OCR %5 页，失败 %6 页；此前已完成 %7 页。</translation>
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
        <source>[%1/%2] %3 worker(s)...</source>
        <translation>[%1/%2] %3 个工作进程...</translation>
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
        <source>Write the results stored in a database, with the corrections made in review, as CSV, plain text, hOCR or a standalone SQLite file.</source>
        <translation>将数据库中存储的结果（包含审阅时所做的更正）写出为 CSV、纯文本、hOCR 或独立的 SQLite 文件。</translation>
    </message>
    <message>
        <source>One CSV row per word (with its box and confidence) instead of one row per page.</source>
        <translation>每个单词一行 CSV（含其边框和置信度），而不是每页一行。</translation>
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
        <source>Usage: quire-cli export --db FILE [--csv FILE [--words]] [--text DIR] [--hocr DIR] [--sqlite FILE]
Give at least one of --csv, --text, --hocr and --sqlite.</source>
        <translation>用法：quire-cli export --db 文件 [--csv 文件 [--words]] [--text 目录] [--hocr 目录] [--sqlite 文件]
请至少指定 --csv、--text、--hocr 和 --sqlite 中的一项。</translation>
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
        <source>Word list (one word a line) Tesseract should know, besides the database&apos;s own (default: the personal list %1, when it exists; &apos;&apos; for none).</source>
        <translation>Tesseract 应认识的词表（每行一个词），数据库自身的词表之外（默认：个人词表 %1，如存在；&apos;&apos; 表示不用）。</translation>
    </message>
    <message>
        <source>The word list %1 given to --user-words cannot be read.</source>
        <translation>无法读取 --user-words 指定的词表 %1。</translation>
    </message>
    <message>
        <source>Score the text as corrected in review (and edited), not as recognized.</source>
        <translation>按校对（及编辑）后的文本评分，而不是按识别结果。</translation>
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
