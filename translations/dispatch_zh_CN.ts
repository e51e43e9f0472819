<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dispatch::AbandonedCallKind</name>
    <message>
        <source>Abandoned calls</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 tries so far)</source>
        <translation>%1 · %2（已回拨 %3 次）</translation>
    </message>
    <message>
        <source>number withheld</source>
        <translation>号码隐藏</translation>
    </message>
    <message>
        <source>the centre (call backs)</source>
        <translation>中心（回拨）</translation>
    </message>
</context>
<context>
    <name>dispatch::AddressList</name>
    <message>
        <source>not %1 text</source>
        <translation>不是 %1 文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (the profile&apos;s &quot;%2&quot;)</source>
        <translation>表头中没有列“%1”（配置的“%2”）</translation>
    </message>
    <message>
        <source>%1: line 1</source>
        <translation>%1：第 1 行</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1：第 %2 行</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>引号开了没有闭合</translation>
    </message>
    <message>
        <source>not UTF-8 text (a list in GBK needs &quot;encoding&quot;: &quot;GB18030&quot; in the profile)</source>
        <translation>不是 UTF-8 文本（GBK 编码的清单需在配置中写 &quot;encoding&quot;: &quot;GB18030&quot;）</translation>
    </message>
    <message>
        <source>the address (column &quot;%1&quot;) is empty</source>
        <translation>地址（列“%1”）为空</translation>
    </message>
    <message>
        <source>the latitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -90 to 90</source>
        <translation>纬度（列“%1”）为“%2”：应为 -90 到 90 的数</translation>
    </message>
    <message>
        <source>the longitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -180 to 180</source>
        <translation>经度（列“%1”）为“%2”：应为 -180 到 180 的数</translation>
    </message>
    <message>
        <source>the address is longer than 200 characters</source>
        <translation>地址超过 200 个字符</translation>
    </message>
    <message>
        <source>the list has no address</source>
        <translation>清单中没有地址</translation>
    </message>
</context>
<context>
    <name>dispatch::AddressListProfile</name>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>不是 JSON 对象（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (address, lat, lon, separator, encoding, description)</source>
        <translation>未知的键“%1”（address、lat、lon、separator、encoding、description）</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>one character, such as &quot;,&quot; or &quot;;&quot; or &quot;\t&quot;</source>
        <translation>一个字符，如 &quot;,&quot;、&quot;;&quot; 或 &quot;\t&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding taken here (UTF-8 or GB18030)</source>
        <translation>“%1”不是可接受的编码（UTF-8 或 GB18030）</translation>
    </message>
</context>
<context>
    <name>dispatch::AfterActionReport</name>
    <message>
        <source>Score = 100 × (0.30 dispatched within the true priority&apos;s target + 0.20 category right + 0.15 priority right + 0.10 diversion right + 0.10 further callers merged + 0.10 first unit as recommended + 0.05 calls answered); each term is a share of its events, and a term with nothing to judge counts as met.</source>
        <translation>得分 = 100 ×（0.30 按真实等级时限内派警 + 0.20 类别正确 + 0.15 等级正确 + 0.10 分流正确 + 0.10 重复报警已合并 + 0.10 首派单位与推荐一致 + 0.05 接听率）；每一项为相应事件中的达标比例，无可评判事件的项按达标计。</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>本次演练</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>已接听来电</translation>
    </message>
    <message>
        <source>Dispatched within the true priority&apos;s target</source>
        <translation>按真实等级时限内派警</translation>
    </message>
    <message>
        <source>Category right</source>
        <translation>类别正确</translation>
    </message>
    <message>
        <source>Priority right</source>
        <translation>等级正确</translation>
    </message>
    <message>
        <source>Diversion right</source>
        <translation>分流正确</translation>
    </message>
    <message>
        <source>Further callers merged (duplicates)</source>
        <translation>重复报警已合并</translation>
    </message>
    <message>
        <source>First unit as recommended</source>
        <translation>首派单位与推荐一致</translation>
    </message>
    <message>
        <source>Units signed for within 30 s</source>
        <translation>30秒内签收的单位</translation>
    </message>
    <message>
        <source>Units on scene within the circle&apos;s time</source>
        <translation>圈层时限内到场的单位</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>得分的计算方法</translation>
    </message>
    <message>
        <source>Each event</source>
        <translation>逐事件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>学员选择</translation>
    </message>
    <message>
        <source>Call → dispatch</source>
        <translation>接警→派警</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Dispatch → on scene</source>
        <translation>派警→到场</translation>
    </message>
    <message>
        <source>Unit / recommended</source>
        <translation>派出单位 / 推荐单位</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>重复报警合并</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未接听</translation>
    </message>
    <message>
        <source>Practice-line calls no role-player placed</source>
        <translation>角色扮演者未拨打的练习线路来电</translation>
    </message>
    <message>
        <source>unscripted (practice line)</source>
        <translation>无脚本（练习线路）</translation>
    </message>
    <message>
        <source>abandoned: the caller hung up after %1</source>
        <translation>放弃：来电人 %1 后挂断</translation>
    </message>
</context>
<context>
    <name>dispatch::AgencyCommands</name>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: no agency is notified of it any more</source>
        <translation>警情 %1 为“%2”：不再通知联动单位</translation>
    </message>
    <message>
        <source>agency &quot;%1&quot; is not among this centre&apos;s linked agencies</source>
        <translation>“%1”不是本中心的联动单位</translation>
    </message>
    <message>
        <source>%1 was already notified of incident %2</source>
        <translation>警情 %2 已通知过 %1</translation>
    </message>
    <message>
        <source>Who acknowledged</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>no agency notification with id %1</source>
        <translation>没有编号为 %1 的联动通知</translation>
    </message>
    <message>
        <source>the agency already acknowledged (%1)</source>
        <translation>该单位已确认（%1）</translation>
    </message>
</context>
<context>
    <name>dispatch::AvlListener</name>
    <message>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example 127.0.0.1:4101</source>
        <translation>“%1”没有端口：请给出 主机:端口，例如 127.0.0.1:4101</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a port number (1 to 65535)</source>
        <translation>“%2”中的“%1”不是端口号（1 到 65535）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not an IP address (or localhost) of this machine</source>
        <translation>“%2”中的“%1”不是本机的 IP 地址（或 localhost）</translation>
    </message>
    <message>
        <source>cannot take positions on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 接收定位：%3</translation>
    </message>
</context>
<context>
    <name>dispatch::AvlReplay</name>
    <message>
        <source>cannot read the NMEA file: %1</source>
        <translation>无法读取 NMEA 文件：%1</translation>
    </message>
    <message>
        <source>no position fix in the file (%1 line(s) read: %2 garbage, %3 bad checksum, %4 without a fix, %5 implausible, %6 other or comment)</source>
        <translation>文件中没有有效定位（读取 %1 行：乱码 %2，校验错误 %3，无定位 %4，不合理 %5，其他或注释 %6）</translation>
    </message>
</context>
<context>
    <name>dispatch::CadImport</name>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>第 %1 行，列“%2”：%3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1: line 1</source>
        <translation>%1：第 1 行</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (the profile&apos;s summary_column)</source>
        <translation>表头中没有列“%1”（配置文件的 summary_column）</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>导入已取消，未写入任何内容</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>empty; a time is required here</source>
        <translation>为空；此处必须有时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the format &quot;%2&quot;</source>
        <translation>“%1”不是格式为“%2”的时间</translation>
    </message>
    <message>
        <source>empty; every row needs its incident id</source>
        <translation>为空；每一行都需要警情编号</translation>
    </message>
    <message>
        <source>earlier than the call was received</source>
        <translation>早于接警时间</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; is not in the profile&apos;s priorities</source>
        <translation>优先级“%1”不在配置文件的 priorities 中</translation>
    </message>
    <message>
        <source>call type &quot;%1&quot; is not in the profile&apos;s categories</source>
        <translation>警情类型“%1”不在配置文件的 categories 中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location &quot;(lat, lon)&quot;</source>
        <translation>“%1”不是“(纬度, 经度)”形式的位置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>“%1”超出范围</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>“%1”不是纬度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>“%1”不是经度</translation>
    </message>
    <message>
        <source>empty; every row is one dispatched unit</source>
        <translation>为空；每一行是一个派出的警力单元</translation>
    </message>
    <message>
        <source>not UTF-8 text (an export in GBK needs &quot;encoding&quot;: &quot;gb18030&quot; in the profile)</source>
        <translation>不是 UTF-8 文本（GBK 编码的导出文件需要在配置中写明 &quot;encoding&quot;: &quot;gb18030&quot;）</translation>
    </message>
    <message>
        <source>not %1 text</source>
        <translation>不是 %1 文本</translation>
    </message>
    <message>
        <source>the header is %1</source>
        <translation>表头%1</translation>
    </message>
    <message>
        <source>columns.%1: read from &quot;%2&quot; (the file has no &quot;%3&quot;)</source>
        <translation>columns.%1：读取自“%2”（文件中没有“%3”）</translation>
    </message>
    <message>
        <source>columns.zone: the file has no %1; each incident&apos;s zone was found from its location</source>
        <translation>columns.zone：文件中没有 %1；每起警情的辖区按其位置确定</translation>
    </message>
    <message>
        <source>no column %1 in the header (the profile&apos;s columns.%2)</source>
        <translation>表头中没有列 %1（配置的 columns.%2）</translation>
    </message>
</context>
<context>
    <name>dispatch::CallBackOutcomes</name>
    <message>
        <source>owed</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <source>reached: no emergency</source>
        <translation>已接通：无警情</translation>
    </message>
    <message>
        <source>reached: taken as an incident</source>
        <translation>已接通：已立为警情</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未接通</translation>
    </message>
</context>
<context>
    <name>dispatch::CallQuestions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>第 %1 字节处</translation>
    </message>
    <message>
        <source>not a questions file (&quot;format&quot; must be &quot;dispatch-call-questions&quot;)</source>
        <translation>不是询问要点文件（&quot;format&quot; 应为 &quot;dispatch-call-questions&quot;）</translation>
    </message>
    <message>
        <source>only version 1 is read</source>
        <translation>只支持第 1 版</translation>
    </message>
    <message>
        <source>an object of category → questions is expected</source>
        <translation>应为“类别 → 问题列表”的对象</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <source>a list of questions is expected</source>
        <translation>应为问题列表</translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation>每个问题都需要 id</translation>
    </message>
    <message>
        <source>every question needs its text</source>
        <translation>每个问题都需要问题文字</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice in this category</source>
        <translation>本类别中 id“%1”重复</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackCodes</name>
    <message>
        <source>due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackCommands</name>
    <message>
        <source>no callback with id %1</source>
        <translation>没有编号为 %1 的回访</translation>
    </message>
    <message>
        <source>this callback is already %1</source>
        <translation>该回访已是“%1”</translation>
    </message>
    <message>
        <source>a caller reached gives their satisfaction</source>
        <translation>联系上的报警人须给出满意度</translation>
    </message>
    <message>
        <source>write down what the unsatisfied caller said: it is what will be put right</source>
        <translation>请记录不满意报警人的原话：这就是要整改的问题</translation>
    </message>
    <message>
        <source>no rectification with id %1</source>
        <translation>没有编号为 %1 的整改</translation>
    </message>
    <message>
        <source>this rectification is already done</source>
        <translation>该整改已完成</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>请说明整改措施</translation>
    </message>
    <message>
        <source>The caller&apos;s words</source>
        <translation>报警人原话</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>整改情况</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackKind</name>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>%1 (%2 tries so far)</source>
        <translation>%1（已回访 %2 次）</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>the centre (callbacks)</source>
        <translation>指挥中心（回访）</translation>
    </message>
</context>
<context>
    <name>dispatch::CapExport</name>
    <message>
        <source>For police command and stations only</source>
        <translation>仅限公安指挥中心及派出所</translation>
    </message>
    <message numerus="yes">
        <source>Four-colour zone warnings: the last %n day(s) against the same days of the previous %1 weeks</source>
        <translation>
            <numerusform>四色预警：近 %n 天与前 %1 周同期对比</numerusform>
        </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>全部警情</translation>
    </message>
    <message>
        <source>%1 warning: %2</source>
        <translation>%1预警：%2</translation>
    </message>
    <message>
        <source>Police command, patrols and stations</source>
        <translation>公安指挥中心、巡逻力量及派出所</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%3 %2</translation>
    </message>
    <message>
        <source>Increase patrols and prevention in the zone; review the incidents behind the figure.</source>
        <translation>加强该片区巡逻防控；复核相关警情。</translation>
    </message>
</context>
<context>
    <name>dispatch::ChainKey</name>
    <message>
        <source>cannot read the event log&apos;s key: %1</source>
        <translation>无法读取事件日志的密钥：%1</translation>
    </message>
    <message>
        <source>not a key file of the event log (it begins &quot;dispatch-chain-key 1&quot;)</source>
        <translation>不是事件日志的密钥文件（应以“dispatch-chain-key 1”开头）</translation>
    </message>
    <message>
        <source>the second line must read &quot;from SEQ&quot;</source>
        <translation>第二行应为“from 序号”</translation>
    </message>
    <message>
        <source>the third line must read &quot;hmac-sha256&quot; and 64 hex digits</source>
        <translation>第三行应为“hmac-sha256”加 64 位十六进制数</translation>
    </message>
    <message>
        <source>a key file is already there: a store&apos;s key is made once (keep a copy where the store&apos;s backups are not)</source>
        <translation>密钥文件已存在：每个数据库的密钥只生成一次（请在数据库备份之外另存一份）</translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation>无法写入密钥文件：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::CommandContext</name>
    <message>
        <source>only a signed-in user may do this</source>
        <translation>只有已登录的用户才能执行此操作</translation>
    </message>
    <message>
        <source>%1 may not do this (allowed: %2)</source>
        <translation>%1无权执行此操作（允许的角色：%2）</translation>
    </message>
    <message>
        <source>at %1 by %2</source>
        <translation>于 %1 由 %2</translation>
    </message>
    <message>
        <source>at %1 by %2 at desk %3</source>
        <translation>于 %1 由席位 %3 的 %2</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiEvents</name>
    <message>
        <source>an object {lat, lon, radius_m, source} expected</source>
        <translation>应为对象 {lat, lon, radius_m, source}</translation>
    </message>
    <message>
        <source>a number from -90 to 90 expected</source>
        <translation>应为 -90 至 90 之间的数</translation>
    </message>
    <message>
        <source>a number from -180 to 180 expected</source>
        <translation>应为 -180 至 180 之间的数</translation>
    </message>
    <message>
        <source>metres from 0 to %1 expected</source>
        <translation>应为 0 至 %1 米</translation>
    </message>
    <message>
        <source>gps, cell, wifi or operator expected</source>
        <translation>应为 gps、cell、wifi 或 operator</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>ringing, answered, location or ended expected</source>
        <translation>应为 ringing、answered、location 或 ended</translation>
    </message>
    <message>
        <source>the call&apos;s id (1 to %1 characters) expected</source>
        <translation>应为呼叫标识（1 至 %1 个字符）</translation>
    </message>
    <message>
        <source>a date-time with its offset expected (2026-11-22T09:00:00+08:00)</source>
        <translation>应为带时区偏移的日期时间（2026-11-22T09:00:00+08:00）</translation>
    </message>
    <message>
        <source>a line of the centre (110, 119, 122 …) expected</source>
        <translation>应为本中心的线路（110、119、122 …）</translation>
    </message>
    <message>
        <source>at most %1 characters expected</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>digits (and + * #) expected</source>
        <translation>应为数字（及 + * #）</translation>
    </message>
    <message>
        <source>the desk that answered expected</source>
        <translation>应为接听的席位</translation>
    </message>
    <message>
        <source>answered or abandoned expected</source>
        <translation>应为 answered 或 abandoned</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiListener</name>
    <message>
        <source>cannot take the telephone system&apos;s calls on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 接收电话系统的呼叫：%3</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>一行超过 %1 字节</translation>
    </message>
    <message>
        <source>more than %1 connections at once: one closed</source>
        <translation>同时连接超过 %1 个：已关闭一个</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiReplay</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>time: a recorded event needs the time it happened</source>
        <translation>time：录制的事件须带发生时间</translation>
    </message>
    <message>
        <source>no event in the file</source>
        <translation>文件中没有事件</translation>
    </message>
</context>
<context>
    <name>dispatch::DangerSigns</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of strings</source>
        <translation>“%1”必须是非空的字符串列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a priority from 1 to 4</source>
        <translation>“%1”必须是 1 到 4 的优先级</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>“%2”中的类别“%1”未知</translation>
    </message>
    <message>
        <source>unknown field &quot;danger.%1&quot;</source>
        <translation>未知字段“danger.%1”</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;danger.now_raises.categories&quot;</source>
        <translation>“danger.now_raises.categories”中的类别“%1”未知</translation>
    </message>
    <message>
        <source>&quot;danger.signs&quot; must be a non-empty list</source>
        <translation>“danger.signs”必须是非空列表</translation>
    </message>
    <message>
        <source>unknown field &quot;%1%2&quot;</source>
        <translation>未知字段“%1%2”</translation>
    </message>
    <message>
        <source>&quot;%1code&quot; and &quot;%1label&quot; are required</source>
        <translation>“%1code”和“%1label”为必填项</translation>
    </message>
    <message>
        <source>&quot;%1pattern&quot;: %2</source>
        <translation>“%1pattern”：%2</translation>
    </message>
    <message>
        <source>&quot;%1not_followed_by&quot; names &quot;%2&quot;, which is not one of its verbs</source>
        <translation>“%1not_followed_by”中的“%2”不是该标志的动词</translation>
    </message>
    <message>
        <source>&quot;%1object&quot; must be &quot;none&quot;, &quot;person&quot; or &quot;many&quot;</source>
        <translation>“%1object”必须是“none”“person”或“many”</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2over&quot;</source>
        <translation>“%2over”中的类别“%1”未知</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot; in &quot;%2notify&quot;</source>
        <translation>“%2notify”中的单位“%1”未知</translation>
    </message>
</context>
<context>
    <name>dispatch::Database</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>this is not a SQLite database (wrong file header); the file was left untouched</source>
        <translation>这不是 SQLite 数据库（文件头不符）；文件未被改动</translation>
    </message>
    <message>
        <source>this is a directory, not a store file</source>
        <translation>这是一个文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>no store here (the file is missing or empty)</source>
        <translation>此处没有数据库（文件不存在或为空）</translation>
    </message>
    <message>
        <source>cannot create the folder for the store</source>
        <translation>无法为数据库创建文件夹</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE，Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open the store: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>this SQLite file holds no store</source>
        <translation>此 SQLite 文件中没有接处警数据库</translation>
    </message>
    <message>
        <source>this SQLite database is not a dispatcher store; the file was left untouched</source>
        <translation>此 SQLite 数据库不是接处警工作站的数据库；文件未被改动</translation>
    </message>
    <message>
        <source>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the file was not changed.</source>
        <translation>该数据库由更新版本的工作站写入（结构版本 %1；本版本最高支持 %2）。请使用更新的版本；文件未被改动。</translation>
    </message>
    <message>
        <source>cannot switch the store to WAL journaling (got &quot;%1&quot;)</source>
        <translation>无法将数据库切换为 WAL 日志模式（得到“%1”）</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3。数据库保持在结构版本 %4。</translation>
    </message>
    <message>
        <source>cannot write a copy of the store %1 before upgrading it from schema %2 to %3: %4. The store was not upgraded and not changed.</source>
        <translation>升级前无法写入数据库 %1 的副本（从结构版本 %2 升级到 %3）：%4。数据库未升级，也未作任何改动。</translation>
    </message>
    <message>
        <source>The store as it was before the upgrade is in %1.</source>
        <translation>升级前的数据库保存在 %1。</translation>
    </message>
    <message>
        <source>cannot reach the store on the server: %1</source>
        <translation>无法连接服务器上的数据库：%1</translation>
    </message>
    <message>
        <source>this database on the server holds no store</source>
        <translation>服务器上的这个数据库中没有警务数据库</translation>
    </message>
    <message>
        <source>this database on the server is not a dispatcher store; nothing in it was changed</source>
        <translation>服务器上的这个数据库不是接处警数据库；其中内容未作任何改动</translation>
    </message>
    <message>
        <source>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the store was not changed.</source>
        <translation>该数据库由更新版本的工作站写入（结构版本 %1；本版本最高可读 %2）。请使用更新的版本；数据库未作改动。</translation>
    </message>
    <message>
        <source>cannot read the store on the server: %1</source>
        <translation>无法读取服务器上的数据库：%1</translation>
    </message>
    <message>
        <source>cannot reconnect inside a transaction</source>
        <translation>事务进行中，无法重新连接</translation>
    </message>
    <message>
        <source>the store on the server is at schema %1, which this build cannot upgrade (server stores start at schema %2); the store was not changed.</source>
        <translation>服务器上的数据库为第 %1 版结构，本版本无法升级（服务器数据库从第 %2 版结构开始）；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>cannot create the store file: %1</source>
        <translation>无法创建数据库文件：%1</translation>
    </message>
    <message>
        <source>the store can be read by other accounts on this computer (callers&apos; names and phones, password hashes): chmod 600 %1</source>
        <translation>本机其他账户可以读取该数据库（含报警人姓名、电话和密码散列）：请执行 chmod 600 %1</translation>
    </message>
    <message>
        <source>the store&apos;s folder is open to other accounts on this computer: chmod 700 %1</source>
        <translation>本机其他账户可以打开该数据库所在文件夹：请执行 chmod 700 %1</translation>
    </message>
    <message>
        <source>the store is being written (its write-ahead log is not empty) and this account may not write to its folder, so it cannot be read consistently now: check it when the desks have closed it, or with write access to the folder (%1)</source>
        <translation>数据库正在被写入（其预写日志不为空），而本账户无权写入其所在文件夹，因此现在无法一致地读取：请在各席位关闭它之后再检查，或以对该文件夹有写权限的账户检查（%1）</translation>
    </message>
</context>
<context>
    <name>dispatch::DemoInstall</name>
    <message>
        <source>the demo&apos;s file could not be written</source>
        <translation>演示数据文件无法写入</translation>
    </message>
    <message>
        <source>no folder for the demo&apos;s streets: %1</source>
        <translation>没有可存放演示街道数据的文件夹：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchCommands</name>
    <message>
        <source>choose at least one unit</source>
        <translation>请至少选择一个警力</translation>
    </message>
    <message>
        <source>incident %1 is diverted to a linked agency; return its work order first</source>
        <translation>警情 %1 已分流至联动单位，请先退回其工单</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: units are no longer sent to it</source>
        <translation>警情 %1 处于“%2”，不再派警</translation>
    </message>
    <message>
        <source>%1 is off duty</source>
        <translation>%1 已下勤</translation>
    </message>
    <message>
        <source>%1 is already assigned to incident %2</source>
        <translation>%1 已派往警情 %2</translation>
    </message>
    <message>
        <source>%1 is busy; confirm to send it anyway</source>
        <translation>%1 忙碌中，请确认仍要派出</translation>
    </message>
    <message>
        <source>a unit&apos;s step on an incident is signed for, en route or on scene</source>
        <translation>警力在警情上的环节只能是签收、出警途中或到达现场</translation>
    </message>
    <message>
        <source>%1 is not assigned to any incident</source>
        <translation>%1 未派往任何警情</translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;</source>
        <translation>%1 已是“%2”</translation>
    </message>
    <message>
        <source>a cleared unit goes on patrol, to its staging point or busy</source>
        <translation>清警后的警力只能转为巡逻、回屯警点或忙碌</translation>
    </message>
    <message>
        <source>feedback comes from the scene: incident %1 is &quot;%2&quot;</source>
        <translation>反馈来自现场：警情 %1 当前为“%2”</translation>
    </message>
    <message>
        <source>say what was found and done</source>
        <translation>请填写现场情况及处置经过</translation>
    </message>
    <message>
        <source>unknown disposition &quot;%1&quot;</source>
        <translation>未知的处置结果“%1”</translation>
    </message>
    <message>
        <source>%1 was never assigned to incident %2</source>
        <translation>%1 从未派往警情 %2</translation>
    </message>
    <message>
        <source>every unit was withdrawn</source>
        <translation>所有警力均已撤回</translation>
    </message>
    <message>
        <source>%1 is a mediator: mediators are sent to disputes only</source>
        <translation>%1 是调解员：调解员只派往纠纷类警情</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 is committed to incident %2 since %3; confirm the reassignment</source>
        <translation>%1 自 %3 起在处置警情 %2；请确认改派</translation>
    </message>
    <message>
        <source>%1 was sent to incident %2 by %3 at %4; confirm the reassignment</source>
        <translation>%1 已由 %3 于 %4 派往警情 %2；请确认改派</translation>
    </message>
    <message>
        <source>%1 was sent to incident %2 by %3 at desk %4 at %5; confirm the reassignment</source>
        <translation>%1 已由 %3 在席位 %4 于 %5 派往警情 %2；请确认改派</translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchService</name>
    <message>
        <source>sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>this account is disabled</source>
        <translation>该账号已停用</translation>
    </message>
    <message>
        <source>unknown user name or wrong password</source>
        <translation>用户名不存在或密码错误</translation>
    </message>
    <message>
        <source>no active incident with id %1</source>
        <translation>没有编号为 %1 的在办警情</translation>
    </message>
    <message>
        <source>incident %1 has no location: units cannot be ranked</source>
        <translation>警情 %1 没有位置，无法排序推荐警力</translation>
    </message>
    <message>
        <source>no free unit of a suitable type with a trusted position for incident %1</source>
        <translation>没有可用于警情 %1 的空闲、类型合适且位置可信的警力</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>该位置不是有效的经纬度</translation>
    </message>
    <message>
        <source>no unit with id %1</source>
        <translation>没有编号为 %1 的警力</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 may not import history (allowed: %2, %3)</source>
        <translation>%1 无权导入历史警情（允许：%2、%3）</translation>
    </message>
    <message>
        <source>only a training store lets the trainer seat a trainee without the password</source>
        <translation>只有训练库允许教官不凭密码为学员登录</translation>
    </message>
    <message>
        <source>no active user &quot;%1&quot; in this exercise</source>
        <translation>本次演练中没有在用的用户“%1”</translation>
    </message>
    <message>
        <source>no valid fix for unit %1</source>
        <translation>警力 %1 没有有效定位</translation>
    </message>
    <message>
        <source>only the demo district&apos;s units move by themselves</source>
        <translation>只有演示辖区的警力会自动移动</translation>
    </message>
    <message>
        <source>too far behind the change feed</source>
        <translation>落后变更记录过多</translation>
    </message>
    <message>
        <source>this account is locked after %1 failed sign-ins until %2; a shift leader or an administrator can unlock it</source>
        <translation>该账户因连续 %1 次登录失败已锁定至 %2；值班长或管理员可以解锁</translation>
    </message>
    <message>
        <source>nobody is signed in at this desk</source>
        <translation>本坐席无人登录</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>没有用户“%1”</translation>
    </message>
    <message>
        <source>the lock time is 1 to 1440 minutes</source>
        <translation>锁定时长为 1 至 1440 分钟</translation>
    </message>
    <message>
        <source>the idle time before a desk locks is 1 to 1440 minutes</source>
        <translation>坐席自动锁屏前的空闲时长为 1 至 1440 分钟</translation>
    </message>
    <message>
        <source>a handover is signed 0 to 720 minutes before its shift&apos;s end</source>
        <translation>交接班须在班次结束前 0 至 720 分钟内签字</translation>
    </message>
    <message>
        <source>%1 may not load the map (allowed: %2)</source>
        <translation>%1 不能加载地图（允许：%2）</translation>
    </message>
    <message>
        <source>no map is loaded (dispatchctl map import)</source>
        <translation>尚未加载地图（dispatchctl map import）</translation>
    </message>
    <message>
        <source>%1 may not load the address list (allowed: %2)</source>
        <translation>%1 不能导入地址清单（允许：%2）</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>无法读取配置：%1</translation>
    </message>
    <message>
        <source>cannot read the address list: %1</source>
        <translation>无法读取地址清单：%1</translation>
    </message>
    <message>
        <source>no map is loaded: sites are chosen over the roads (dispatchctl map import)</source>
        <translation>未导入地图：布点按道路计算（dispatchctl map import）</translation>
    </message>
    <message>
        <source>%1 may not set the road speeds (allowed: %2)</source>
        <translation>%1 无权设置道路车速（允许：%2）</translation>
    </message>
</context>
<context>
    <name>dispatch::DistrictLoader</name>
    <message>
        <source>needs numeric &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>需要数值型的“lat”和“lon”</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>a zone needs &quot;code&quot;, &quot;name&quot; and &quot;tier&quot; 1..5</source>
        <translation>辖区需要“code”“name”以及 1 到 5 的“tier”</translation>
    </message>
    <message>
        <source>a unit needs a &quot;callsign&quot;</source>
        <translation>警力单元需要“callsign”（呼号）</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>未知的警力类型“%1”</translation>
    </message>
    <message>
        <source>a unit starts available, busy or off duty, not &quot;%1&quot;</source>
        <translation>警力单元的初始状态只能是待警、忙碌或下勤，不能是“%1”</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知的角色“%1”</translation>
    </message>
    <message>
        <source>a user needs &quot;username&quot; and &quot;password&quot;</source>
        <translation>用户需要“username”和“password”</translation>
    </message>
    <message>
        <source>a certificate needs a &quot;number&quot; and a &quot;valid_until&quot; date (YYYY-MM-DD)</source>
        <translation>调解员证需要 &quot;number&quot; 和 &quot;valid_until&quot; 日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>no demo district &quot;%1&quot; (there are: %2)</source>
        <translation>没有名为“%1”的演示辖区（现有：%2）</translation>
    </message>
</context>
<context>
    <name>dispatch::DuplicateSearch</name>
    <message>
        <source>likely the same event</source>
        <translation>疑似同一事件</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>同一号码来电</translation>
    </message>
    <message>
        <source>again after handling</source>
        <translation>处置后再发</translation>
    </message>
    <message>
        <source>repeated at this place</source>
        <translation>反复多发</translation>
    </message>
</context>
<context>
    <name>dispatch::EidoExport</name>
    <message>
        <source>no incident %1 in this store</source>
        <translation>本库中没有警情 %1</translation>
    </message>
</context>
<context>
    <name>dispatch::EidoReader</name>
    <message>
        <source>%1 cut to %2 characters</source>
        <translation>%1已截断为 %2 个字符</translation>
    </message>
    <message>
        <source>the incident&apos;s id is missing</source>
        <translation>缺少警情标识</translation>
    </message>
    <message>
        <source>an id of at most 400 characters expected</source>
        <translation>标识最多 400 个字符</translation>
    </message>
    <message>
        <source>the sending agency is missing</source>
        <translation>缺少发送单位</translation>
    </message>
    <message>
        <source>the incident component is missing</source>
        <translation>缺少警情组件</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no category here: left for the dispatcher to triage</source>
        <translation>类型“%1”在本中心没有对应类别：留待调度员研判</translation>
    </message>
    <message>
        <source>a whole number expected</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>priority %1 is not 1 to 4 here: left for the dispatcher</source>
        <translation>等级 %1 不在 1 至 4 之间：留待调度员确定</translation>
    </message>
    <message>
        <source>the location&apos;s point could not be read: the address alone is taken</source>
        <translation>无法读取位置坐标：只取地址</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>报警人姓名</translation>
    </message>
    <message>
        <source>the caller&apos;s number</source>
        <translation>报警电话</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>neither notes, a type nor a location: nothing to take in</source>
        <translation>既无备注、类型，也无地点：无可接收</translation>
    </message>
    <message>
        <source>a date-time with its offset expected (2026-11-22T09:00:00+08:00), found &quot;%1&quot;</source>
        <translation>应为带时区偏移的日期时间（2026-11-22T09:00:00+08:00），实为“%1”</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>no EIDO in the file</source>
        <translation>文件中没有 EIDO</translation>
    </message>
    <message>
        <source>an EIDO object expected</source>
        <translation>应为 EIDO 对象</translation>
    </message>
    <message>
        <source>the incident %1 is in the file twice</source>
        <translation>警情 %1 在文件中出现两次</translation>
    </message>
    <message>
        <source>%1 MB: larger than the 16 MB an EIDO file may be</source>
        <translation>%1 MB：超过 EIDO 文件上限 16 MB</translation>
    </message>
    <message>
        <source>a date-time string expected (2026-11-22T09:00:00+08:00)</source>
        <translation>应为日期时间文本（2026-11-22T09:00:00+08:00）</translation>
    </message>
    <message>
        <source>a date-time between 1970 and 2100 expected, found &quot;%1&quot;</source>
        <translation>应为 1970 至 2100 年之间的日期时间，实为“%1”</translation>
    </message>
    <message>
        <source>an id (text) expected</source>
        <translation>应为标识（文本）</translation>
    </message>
    <message>
        <source>a reference {&quot;$ref&quot;: agency} expected</source>
        <translation>应为引用 {&quot;$ref&quot;: 单位}</translation>
    </message>
    <message>
        <source>an array of components expected</source>
        <translation>应为组件数组</translation>
    </message>
    <message>
        <source>a component (an object) expected</source>
        <translation>应为组件（对象）</translation>
    </message>
    <message>
        <source>missing: EIDO 1.0 expected</source>
        <translation>缺失：应为 EIDO 1.0</translation>
    </message>
    <message>
        <source>EIDO 1.0 expected, found %1</source>
        <translation>应为 EIDO 1.0，实为 %1</translation>
    </message>
    <message>
        <source>a document of more than %1 KB: an incident&apos;s EIDO is far smaller</source>
        <translation>文档超过 %1 KB：一起警情的 EIDO 远小于此</translation>
    </message>
    <message>
        <source>the incident&apos;s id must be text</source>
        <translation>警情标识必须是文本</translation>
    </message>
    <message>
        <source>the incident component must be an object</source>
        <translation>警情组件必须是对象</translation>
    </message>
    <message>
        <source>the location could not be read (neither a point nor an address): the dispatcher asks for it</source>
        <translation>无法读取位置（既无坐标也无地址）：请调度员询问</translation>
    </message>
    <message>
        <source>the number to call back is not a telephone number: left out</source>
        <translation>回拨号码不是电话号码：未采用</translation>
    </message>
    <message>
        <source>a note that is not text was left out</source>
        <translation>非文本的备注未采用</translation>
    </message>
    <message>
        <source>control characters were taken out of the text</source>
        <translation>已从文本中去除控制字符</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>an EIDO object, or an array of them, expected</source>
        <translation>应为 EIDO 对象或其数组</translation>
    </message>
</context>
<context>
    <name>dispatch::EventLog</name>
    <message>
        <source>event #%1 (%2, %3, by %4)</source>
        <translation>事件 #%1（%2，%3，操作人 %4）</translation>
    </message>
    <message>
        <source>event #%1 is missing (the next stored event is #%2)</source>
        <translation>事件 #%1 缺失（下一条已存事件为 #%2）</translation>
    </message>
    <message>
        <source>%1 does not follow the event before it (an event was removed, inserted or reordered)</source>
        <translation>%1 与前一事件不衔接（有事件被删除、插入或调换顺序）</translation>
    </message>
    <message>
        <source>%1 was altered after it was written (its content no longer matches its hash)</source>
        <translation>%1 在写入后被篡改（内容与哈希不再一致）</translation>
    </message>
    <message>
        <source>the log ends at event #%1 but the chain head records #%2: events at the end were removed</source>
        <translation>日志止于事件 #%1，但链头记录为 #%2：末尾的事件被删除</translation>
    </message>
    <message>
        <source>the chain head does not match the last event</source>
        <translation>链头与最后一条事件不一致</translation>
    </message>
    <message>
        <source>%1 is hashed with the old scheme after events hashed with the new one (the log was rewritten)</source>
        <translation>%1 在使用新散列方案的事件之后却使用旧方案（日志被改写过）</translation>
    </message>
    <message>
        <source>cannot read the anchor file: %1</source>
        <translation>无法读取锚点文件：%1</translation>
    </message>
    <message>
        <source>not an anchor (&quot;SEQ HASH [TIME]&quot;, as dispatchctl anchor writes it)</source>
        <translation>不是锚点（应为“序号 散列 [时间]”，即 dispatchctl anchor 写出的格式）</translation>
    </message>
    <message>
        <source>the anchor of event #%1</source>
        <translation>事件 #%1 的锚点</translation>
    </message>
    <message>
        <source>the anchor of event #%1 (%2)</source>
        <translation>事件 #%1 的锚点（%2）</translation>
    </message>
    <message>
        <source>%1: the log now ends at event #%2; the events from #%3 on were removed</source>
        <translation>%1：日志现止于事件 #%2；自 #%3 起的事件已被删除</translation>
    </message>
    <message>
        <source>%1: the log holds another event #%2 than the one anchored; the log was rewritten at or before it</source>
        <translation>%1：日志中的事件 #%2 已不是锚定时的那一条；日志在该事件或其之前被改写过</translation>
    </message>
    <message>
        <source>this store&apos;s event log is keyed, and this program has not got the centre&apos;s key: name its file in DISPATCH_CHAIN_KEY (or put it beside the store as STORE.key)</source>
        <translation>本数据库的事件日志已加密钥，而本程序没有中心的密钥：请在 DISPATCH_CHAIN_KEY 中指明密钥文件（或将其以“数据库名.key”放在数据库旁）</translation>
    </message>
    <message>
        <source>%1 is not hashed with the centre&apos;s key, which keys the log from event #%2 on (the log was rewritten without the key)</source>
        <translation>%1 未用中心密钥计算散列，而日志自事件 #%2 起须用密钥（日志在无密钥的情况下被改写过）</translation>
    </message>
</context>
<context>
    <name>dispatch::ExerciseSchemas</name>
    <message>
        <source>the address names no exercise (options=-csearch_path=exercise_…)</source>
        <translation>地址中没有指明演练（options=-csearch_path=exercise_…）</translation>
    </message>
    <message>
        <source>this database holds a live store: exercises are held in a training database of their own (for example: createdb dispatch_training)</source>
        <translation>该数据库存放的是实战库：演练须放在单独的训练数据库中（例如：createdb dispatch_training）</translation>
    </message>
    <message>
        <source>an exercise named %1 is already held there: an exercise is always new</source>
        <translation>该处已有名为 %1 的演练：每次演练都是新建的</translation>
    </message>
    <message>
        <source>cannot make the exercise&apos;s schema on the server: %1</source>
        <translation>无法在服务器上建立演练的模式（schema）：%1</translation>
    </message>
    <message>
        <source>cannot read the exercises held on the server: %1</source>
        <translation>无法读取服务器上的演练：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::FeedbackKind</name>
    <message>
        <source>Feedback due</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Feedback to review</source>
        <translation>反馈待审核</translation>
    </message>
    <message>
        <source>the desk (review)</source>
        <translation>本席位（审核）</translation>
    </message>
    <message>
        <source>the units on scene</source>
        <translation>现场警力</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>dispatch::FollowUpDeclaration</name>
    <message>
        <source>Referrals</source>
        <translation>信息流转</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>信息流转单</translation>
    </message>
    <message>
        <source>&amp;Refer to the responsible unit…</source>
        <translation>推送责任单位(&amp;R)…</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>流转方向</translation>
    </message>
    <message>
        <source>Down: a town office or station</source>
        <translation>下行：镇综治办或派出所落地</translation>
    </message>
    <message>
        <source>Across: the responsible department</source>
        <translation>平行：推送责任部门</translation>
    </message>
    <message>
        <source>What is referred</source>
        <translation>推送内容</translation>
    </message>
    <message>
        <source>Result reported back</source>
        <translation>处置结果已反馈，销号</translation>
    </message>
    <message>
        <source>Returned as not theirs</source>
        <translation>退回：非其职责</translation>
    </message>
</context>
<context>
    <name>dispatch::FollowUpItemCommands</name>
    <message>
        <source>no follow-up item with id %1</source>
        <translation>没有编号为 %1 的跟进事项</translation>
    </message>
    <message>
        <source>this %1 for %2 was closed already %3</source>
        <translation>%2 的该%1已办结（%3）</translation>
    </message>
    <message>
        <source>there is no follow-up list &quot;%1&quot;</source>
        <translation>没有名为“%1”的跟进清单</translation>
    </message>
    <message>
        <source>name the %1</source>
        <translation>请填写%1</translation>
    </message>
    <message>
        <source>a %1 has no field &quot;%2&quot;</source>
        <translation>%1没有“%2”这一项</translation>
    </message>
    <message>
        <source>%1: give it</source>
        <translation>%1：请填写</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1：“%2”不在可选值 %3 之中</translation>
    </message>
    <message>
        <source>the deadline must lie ahead</source>
        <translation>期限须晚于当前时间</translation>
    </message>
    <message>
        <source>%1 already has an open %2 for %3, opened %4</source>
        <translation>%1 已有发往%3的未办结%2（%4发起）</translation>
    </message>
    <message>
        <source>The progress note</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>a progress note needs its text</source>
        <translation>进展记录须有内容</translation>
    </message>
    <message>
        <source>how did it end? &quot;%1&quot; is not one of %2</source>
        <translation>办结方式“%1”不在可选值 %2 之中</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>say what the %1 answered</source>
        <translation>请填写%1的反馈</translation>
    </message>
    <message>
        <source>this %1 was closed meanwhile</source>
        <translation>该%1已被他人先行办结</translation>
    </message>
</context>
<context>
    <name>dispatch::GeoJsonReader</name>
    <message>
        <source>a ring must be an array of positions</source>
        <translation>环必须是坐标数组</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation>环至少需要 4 个坐标，实际为 %1 个</translation>
    </message>
    <message>
        <source>position is not [longitude, latitude]</source>
        <translation>坐标不是 [经度, 纬度]</translation>
    </message>
    <message>
        <source>position out of range (%1, %2)</source>
        <translation>坐标超出范围（%1，%2）</translation>
    </message>
    <message>
        <source>ring is not closed (first and last positions differ)</source>
        <translation>环未闭合（首尾坐标不同）</translation>
    </message>
    <message>
        <source>a polygon needs at least an outer ring</source>
        <translation>多边形至少需要一个外环</translation>
    </message>
    <message>
        <source>a MultiPolygon needs at least one polygon</source>
        <translation>MultiPolygon 至少需要一个多边形</translation>
    </message>
    <message>
        <source>geometry type &quot;%1&quot; is not an area (Polygon or MultiPolygon expected)</source>
        <translation>几何类型“%1”不是面（应为 Polygon 或 MultiPolygon）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>不是 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>not a Feature object</source>
        <translation>不是 Feature 对象</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>该要素没有几何图形</translation>
    </message>
    <message>
        <source>the ring crosses itself at (%1, %2), between positions %3 and %4</source>
        <translation>环在 (%1, %2) 处自相交，位于第 %3 与第 %4 个位置之间</translation>
    </message>
</context>
<context>
    <name>dispatch::HandInCommands</name>
    <message>
        <source>a handed-in incident comes on the line &quot;instruction&quot; or &quot;12345&quot;</source>
        <translation>移交来的警情只能从“instruction”（上级指令）或“12345”线路接入</translation>
    </message>
    <message>
        <source>%1 was already taken in as incident %2 by %3 at desk %4, %5</source>
        <translation>%1 已由 %3 在席位 %4 于 %5 接收为警情 %2</translation>
    </message>
    <message>
        <source>%1 was issued by this centre (%2): a centre does not take its own incident in again</source>
        <translation>%1 由本中心（%2）发出：中心不再接收自己的警情</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverCodes</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>signed, to accept</source>
        <translation>已签字，待接班确认</translation>
    </message>
    <message>
        <source>rejected, to fix</source>
        <translation>已退回，待修改</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接班确认</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverCommands</name>
    <message>
        <source>no handover with id %1</source>
        <translation>没有编号为 %1 的交接班记录</translation>
    </message>
    <message>
        <source>no such shift</source>
        <translation>没有这个班次</translation>
    </message>
    <message>
        <source>the shift has not begun yet</source>
        <translation>该班次尚未开始</translation>
    </message>
    <message>
        <source>the handover of this shift is already %1</source>
        <translation>该班次的交接班已是“%1”状态</translation>
    </message>
    <message>
        <source>the handover is %1: its notes can no longer change</source>
        <translation>交接班处于“%1”状态：备注不能再修改</translation>
    </message>
    <message>
        <source>no section &quot;%1&quot; in a handover</source>
        <translation>交接班报告中没有“%1”部分</translation>
    </message>
    <message>
        <source>the handover is %1: it cannot be signed now</source>
        <translation>交接班处于“%1”状态：现在不能签字</translation>
    </message>
    <message>
        <source>the roster names %1 as the leader of this shift: only they sign its handover</source>
        <translation>值班表中本班值班长为 %1：只有其本人可以签字交班</translation>
    </message>
    <message>
        <source>only a signed handover can be accepted (this one is %1)</source>
        <translation>只有已签字的交接班才能确认接班（当前为“%1”）</translation>
    </message>
    <message>
        <source>the incoming leader accepts the handover, not the one who signed it</source>
        <translation>应由接班值班长确认，交班人不能自己确认</translation>
    </message>
    <message>
        <source>the roster names %1 as the incoming leader: only they accept this handover</source>
        <translation>值班表中接班值班长为 %1：只有其本人可以确认</translation>
    </message>
    <message>
        <source>only a signed handover can be rejected (this one is %1)</source>
        <translation>只有已签字的交接班才能退回（当前为“%1”）</translation>
    </message>
    <message>
        <source>the incoming leader reviews the handover, not the one who signed it</source>
        <translation>应由接班值班长审核，交班人不能自己审核</translation>
    </message>
    <message>
        <source>say what is missing or wrong</source>
        <translation>请说明缺漏或错误之处</translation>
    </message>
    <message>
        <source>say what the handover must mention</source>
        <translation>请说明交接班时须提及的事项</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>没有编号为 %1 的用户</translation>
    </message>
    <message>
        <source>%1 is on the roster twice</source>
        <translation>%1 在值班表中重复</translation>
    </message>
    <message>
        <source>%1 is not a shift leader</source>
        <translation>%1 不是值班长</translation>
    </message>
    <message>
        <source>a duty is &quot;leader&quot; or &quot;dispatcher&quot;, not &quot;%1&quot;</source>
        <translation>岗位只能是 &quot;leader&quot; 或 &quot;dispatcher&quot;，不能是“%1”</translation>
    </message>
    <message>
        <source>a shift has one leader on the roster</source>
        <translation>每个班次的值班表只能有一名值班长</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>The flag</source>
        <translation>交班提示</translation>
    </message>
    <message>
        <source>%1 (last changed %2)</source>
        <translation>%1（%2 最近更改）</translation>
    </message>
    <message>
        <source>the shift ends at %1: its handover is signed from %2 (%3 min before the end)</source>
        <translation>本班次 %1 结束：交接班自 %2 起方可签字（结束前 %3 分钟）</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverReport</name>
    <message>
        <source>the desk (to dispatch)</source>
        <translation>本席位（待派警）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (feedback returned)</source>
        <translation>%1（反馈被退回）</translation>
    </message>
    <message>
        <source>the desk (review)</source>
        <translation>本席位（审核）</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 tries)</source>
        <translation>%1 · %2（已回访 %3 次）</translation>
    </message>
    <message>
        <source>the centre (callbacks)</source>
        <translation>指挥中心（回访）</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>指挥中心</translation>
    </message>
    <message>
        <source>the centre (sign for and handle)</source>
        <translation>指挥中心（签收处置）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 次标记</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 late by %2 s</source>
        <translation>%1 超时 %2 秒</translation>
    </message>
    <message>
        <source>proposed %1 P%2, chosen %3 P%4</source>
        <translation>建议 %1 P%2，实际选择 %3 P%4</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>to sign for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>to call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>The shift&apos;s figures</source>
        <translation>本班数据</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>移交下一班事项</translation>
    </message>
    <message>
        <source>Units at the handover</source>
        <translation>交接时警力情况</translation>
    </message>
    <message>
        <source>Notable events</source>
        <translation>重要情况</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>其他说明</translation>
    </message>
    <message>
        <source>Active incident</source>
        <translation>在办警情</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Feedback to review</source>
        <translation>反馈待审核</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Transfer not signed for</source>
        <translation>移交未签收</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Repeat-ledger entry</source>
        <translation>重复警情台账</translation>
    </message>
    <message>
        <source>Priority 1</source>
        <translation>一级警情</translation>
    </message>
    <message>
        <source>Mass incident</source>
        <translation>群体性事件</translation>
    </message>
    <message>
        <source>Clock breached</source>
        <translation>时限超时</translation>
    </message>
    <message>
        <source>Triage overridden</source>
        <translation>改动研判建议</translation>
    </message>
    <message>
        <source>Flagged by the leader</source>
        <translation>值班长标记</translation>
    </message>
    <message>
        <source>Leader&apos;s note</source>
        <translation>值班长备注</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Calls (incidents received)</source>
        <translation>接警（警情数）</translation>
    </message>
    <message>
        <source>Further callers merged</source>
        <translation>合并的重复报警</translation>
    </message>
    <message>
        <source>By line</source>
        <translation>按报警渠道</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <source>Diverted to agencies</source>
        <translation>分流至联动单位</translation>
    </message>
    <message>
        <source>Merged as duplicates</source>
        <translation>作为重复警情合并</translation>
    </message>
    <message>
        <source>Transferred to stations</source>
        <translation>移交派出所</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>30 秒内签收</translation>
    </message>
    <message>
        <source>Dispatched within the target</source>
        <translation>派警在时限内</translation>
    </message>
    <message>
        <source>On scene within the circle&apos;s 1/3/5 min</source>
        <translation>按快反圈 1/3/5 分钟到场</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>%1 (reached %2, not reached %3, unreachable %4)</source>
        <translation>%1（联系上 %2，未联系上 %3，无法联系 %4）</translation>
    </message>
    <message>
        <source>Satisfied or basically satisfied</source>
        <translation>满意及基本满意</translation>
    </message>
    <message>
        <source>Clock breaches in the shift</source>
        <translation>本班超时情况</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>%1 (%2 items, %3 overdue)</source>
        <translation>%1（%2 项，超时 %3 项）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>警力</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>On</source>
        <translation>所办警情</translation>
    </message>
    <message>
        <source>Units with open tasks at the change</source>
        <translation>交接时仍在任务中的警力</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1 late by %2 s, still running</source>
        <translation>%1 超时 %2 秒，仍在计时</translation>
    </message>
    <message>
        <source>%1, still running</source>
        <translation>%1，仍在计时</translation>
    </message>
    <message>
        <source>Linked agencies notified</source>
        <translation>已通知的联动单位</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Abandoned call to call back</source>
        <translation>未接来电待回拨</translation>
    </message>
</context>
<context>
    <name>dispatch::HistoryGenerator</name>
    <message>
        <source>at least one incident over at least one day</source>
        <translation>至少一起警情、至少一天</translation>
    </message>
    <message>
        <source>the store has no zones to place incidents in</source>
        <translation>数据库中没有可放置警情的辖区</translation>
    </message>
</context>
<context>
    <name>dispatch::ImportProfile</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>配置文件应为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（已知：%1）</translation>
    </message>
    <message>
        <source>missing: the profile&apos;s name</source>
        <translation>缺少：配置文件名称</translation>
    </message>
    <message>
        <source>a short code of the exporting centre, up to 16 characters, no &apos;:&apos;</source>
        <translation>导出中心的简码，最多 16 个字符，不含“:”</translation>
    </message>
    <message>
        <source>one ASCII character (or &quot;\t&quot;), not &quot;%1&quot;</source>
        <translation>应为一个 ASCII 字符（或“\t”），而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;incident&quot; (one row per incident) or &quot;unit&quot; (one row per dispatched unit), not &quot;%1&quot;</source>
        <translation>应为“incident”（每行一起警情）或“unit”（每行一个派出单元），而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;skip&quot; or &quot;stop&quot;, not &quot;%1&quot;</source>
        <translation>应为“skip”或“stop”，而不是“%1”</translation>
    </message>
    <message>
        <source>from 0 to 10000</source>
        <translation>0 到 10000</translation>
    </message>
    <message>
        <source>missing: an object naming the column of each role</source>
        <translation>缺少：指明每个角色所在列的对象</translation>
    </message>
    <message>
        <source>unknown role (roles: %1)</source>
        <translation>未知角色（角色：%1）</translation>
    </message>
    <message>
        <source>missing: this role is required</source>
        <translation>缺少：此角色为必填</translation>
    </message>
    <message>
        <source>missing: required when a row is one dispatched unit</source>
        <translation>缺少：每行为一个派出单元时必填</translation>
    </message>
    <message>
        <source>lat and lon go together</source>
        <translation>lat 与 lon 须同时给出</translation>
    </message>
    <message>
        <source>either a location column or lat and lon, not both</source>
        <translation>位置列与 lat/lon 只能二选一</translation>
    </message>
    <message>
        <source>missing: e.g. &quot;MM/dd/yyyy hh:mm:ss AP&quot;, &quot;iso&quot;, &quot;epoch_s&quot;</source>
        <translation>缺少：例如“MM/dd/yyyy hh:mm:ss AP”、“iso”、“epoch_s”</translation>
    </message>
    <message>
        <source>missing: an IANA time zone, e.g. &quot;Asia/Shanghai&quot;</source>
        <translation>缺少：IANA 时区，例如“Asia/Shanghai”</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>missing or unknown line &quot;%1&quot; (taxonomy lines)</source>
        <translation>缺少或未知的报警线路“%1”（见分类表的线路）</translation>
    </message>
    <message>
        <source>unknown line &quot;%1&quot;</source>
        <translation>未知报警线路“%1”</translation>
    </message>
    <message>
        <source>missing: external call type → category (&quot;*&quot; for any other)</source>
        <translation>缺少：外部警情类型 → 类别（“*”表示其余）</translation>
    </message>
    <message>
        <source>without a call_type column only &quot;*&quot; can apply</source>
        <translation>没有 call_type 列时只能使用“*”</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (taxonomy categories)</source>
        <translation>未知类别“%1”（见分类表的类别）</translation>
    </message>
    <message>
        <source>missing: external priority → 1..4 (&quot;*&quot; for any other)</source>
        <translation>缺少：外部优先级 → 1..4（“*”表示其余）</translation>
    </message>
    <message>
        <source>without a priority column only &quot;*&quot; can apply</source>
        <translation>没有 priority 列时只能使用“*”</translation>
    </message>
    <message>
        <source>a priority from 1 (most urgent) to 4</source>
        <translation>优先级为 1（最紧急）到 4</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>&quot;utf-8&quot; or &quot;gb18030&quot; (also read as &quot;gbk&quot;), not &quot;%1&quot;</source>
        <translation>“utf-8”或“gb18030”（也接受“gbk”），而不是“%1”</translation>
    </message>
    <message>
        <source>the column&apos;s name as in the file&apos;s header, or a list of the names it has had</source>
        <translation>列名（与文件表头一致），或该列用过的名称列表</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentCommands</name>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>未知的报警来源“%1”</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的警情类别“%1”</translation>
    </message>
    <message>
        <source>priority must be 1 to 4</source>
        <translation>优先级必须为 1 到 4</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>位置不是有效的经纬度</translation>
    </message>
    <message>
        <source>say what happened or where</source>
        <translation>请填写发生了什么或在哪里</translation>
    </message>
    <message>
        <source>the receive time lies in the future</source>
        <translation>接警时间晚于当前时间</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>没有编号为 %1 的警情</translation>
    </message>
    <message>
        <source>cancelling an incident needs a reason</source>
        <translation>撤销警情需要填写原因</translation>
    </message>
    <message>
        <source>an incident follows its units: dispatch a unit or record the unit&apos;s step</source>
        <translation>警情状态随警力变化：请派警或记录警力环节</translation>
    </message>
    <message>
        <source>record the feedback with its result and disposition</source>
        <translation>请录入反馈及处置结果</translation>
    </message>
    <message>
        <source>units are still assigned to incident %1: recall them first</source>
        <translation>警情 %1 仍有警力在派，请先撤回</translation>
    </message>
    <message>
        <source>transfer the incident to a police station, with the reason (the station signs for it)</source>
        <translation>请将警情移交派出所并说明原因（由派出所签收）</translation>
    </message>
    <message>
        <source>incident %1 has no feedback waiting for review (it is &quot;%2&quot;)</source>
        <translation>警情 %1 没有待审核的反馈（当前为“%2”）</translation>
    </message>
    <message>
        <source>say why the feedback goes back to the unit</source>
        <translation>请说明退回反馈的原因</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The caller&apos;s name</source>
        <translation>报警人姓名</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>警情内容</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: its record is closed</source>
        <translation>警情 %1 为“%2”：记录已关闭</translation>
    </message>
    <message>
        <source>the place of %1 is already that</source>
        <translation>%1 的地点已是如此</translation>
    </message>
    <message>
        <source>an incident is not set to &quot;%1&quot; by hand</source>
        <translation>警情不能手动设为“%1”</translation>
    </message>
    <message>
        <source>incident %1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</source>
        <translation>警情 %1 在本屏显示之后已被更改：现为“%2”（%3 最近更改）；请重新查看后再执行此操作</translation>
    </message>
    <message>
        <source>%1 (set %2)</source>
        <translation>%1（%2 设置）</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentLifecycle</name>
    <message>
        <source>Received</source>
        <translation>已接警</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已研判</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>出警途中</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation>已分流</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Merged as duplicate</source>
        <translation>已合并（重复警情）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>the incident is already &quot;%1&quot;</source>
        <translation>该警情已经是“%1”</translation>
    </message>
    <message>
        <source>the incident is &quot;%1&quot; and can no longer change</source>
        <translation>该警情已“%1”，不能再变更</translation>
    </message>
    <message>
        <source>an incident cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>警情不能从“%1”变为“%2”</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentRepository</name>
    <message>
        <source>incident %1 was changed by another writer while this change was made; nothing was saved, look at it again</source>
        <translation>警情 %1 在本次更改进行时已被其他写入方更改；未保存任何内容，请重新查看</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionCodes</name>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>repeated, no risk</source>
        <translation>重复无风险</translation>
    </message>
    <message>
        <source>to sign for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已反馈</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionCommands</name>
    <message>
        <source>no instruction with id %1</source>
        <translation>没有编号为 %1 的指令</translation>
    </message>
    <message>
        <source>this instruction is already answered</source>
        <translation>该指令已反馈上级</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no unit, station or agency of this centre</source>
        <translation>“%1”不是本中心的警力、派出所或联动单位</translation>
    </message>
    <message>
        <source>name the units, stations or agencies it goes to</source>
        <translation>请指定转发的警力、派出所或联动单位</translation>
    </message>
    <message>
        <source>say who issued the instruction</source>
        <translation>请填写下达指令的单位</translation>
    </message>
    <message>
        <source>the instruction needs its text</source>
        <translation>请填写指令内容</translation>
    </message>
    <message>
        <source>an instruction cannot be received in the future</source>
        <translation>指令接收时间不能晚于当前时间</translation>
    </message>
    <message>
        <source>the reception time lies more than 7 days back</source>
        <translation>接收时间早于 7 天前</translation>
    </message>
    <message>
        <source>already signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>sign for the instruction first</source>
        <translation>请先签收指令</translation>
    </message>
    <message>
        <source>already forwarded to %1</source>
        <translation>已转发至 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>an urgent instruction is forwarded, never answered directly</source>
        <translation>紧急指令须转发处置，不能直接答复</translation>
    </message>
    <message>
        <source>write the answer to higher command</source>
        <translation>请填写反馈上级的内容</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The instruction&apos;s text</source>
        <translation>指令内容</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionKind</name>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the centre (sign for and handle)</source>
        <translation>指挥中心（签收处置）</translation>
    </message>
</context>
<context>
    <name>dispatch::IntakeCommands</name>
    <message>
        <source>only a non-police matter can be diverted</source>
        <translation>只有非警务事项才能分流</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>未知的联动单位“%1”</translation>
    </message>
    <message>
        <source>only a dispute can be offered to a mediator</source>
        <translation>只有纠纷类警情才能建议调解</translation>
    </message>
    <message>
        <source>no incident with id %1 to link to</source>
        <translation>要关联的警情（编号 %1）不存在</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;; a call cannot be merged into it</source>
        <translation>警情 %1 已是“%2”，不能再并入来电</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>未知的报警来源“%1”</translation>
    </message>
    <message>
        <source>an incident cannot be linked to itself</source>
        <translation>警情不能与自身关联</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked</source>
        <translation>%1 与 %2 已经关联</translation>
    </message>
    <message>
        <source>no work order with id %1</source>
        <translation>工单 %1 不存在</translation>
    </message>
    <message>
        <source>say why the agency returned the work order</source>
        <translation>请填写联动单位退回工单的理由</translation>
    </message>
    <message>
        <source>a returned work order needs the police category of the incident</source>
        <translation>退回的工单需要给出该警情的警务类别</translation>
    </message>
    <message>
        <source>priority must be 1 to 4</source>
        <translation>等级必须为 1 至 4</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerBulletin</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>新增台账</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>期末在办</translation>
    </message>
    <message>
        <source>  of which past their deadline</source>
        <translation>  其中已超期</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>本期销号</translation>
    </message>
    <message>
        <source>Repeat marks filed in the period</source>
        <translation>本期新增重复警情标记</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>In period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立账时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Latest action</source>
        <translation>最新措施</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation>尚无措施</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>在办台账</translation>
    </message>
    <message>
        <source>Closed entries</source>
        <translation>已销号台账</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerCodes</name>
    <message>
        <source>(no place given)</source>
        <translation>（未填写地点）</translation>
    </message>
    <message>
        <source>gambling</source>
        <translation>涉赌</translation>
    </message>
    <message>
        <source>drunkenness</source>
        <translation>醉酒</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>repeated reports of one event</source>
        <translation>同类事件反复报警</translation>
    </message>
    <message>
        <source>recurring after disposal</source>
        <translation>处置后再发</translation>
    </message>
    <message>
        <source>recurring at one place</source>
        <translation>反复多发</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerCommands</name>
    <message>
        <source>no ledger entry with id %1</source>
        <translation>没有编号为 %1 的台账</translation>
    </message>
    <message>
        <source>this ledger entry is already closed</source>
        <translation>该台账已销号</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>请说明所采取的措施</translation>
    </message>
    <message>
        <source>name who answers for it</source>
        <translation>请填写责任单位或责任人</translation>
    </message>
    <message>
        <source>say how it was resolved</source>
        <translation>请说明整治结果</translation>
    </message>
    <message>
        <source>note at least one action before closing the entry</source>
        <translation>销号前至少要登记一项整治措施</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>工作措施</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerKind</name>
    <message>
        <source>Repeat ledger</source>
        <translation>重复警情台账</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 次标记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::MediationCodes</name>
    <message>
        <source>open</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>调解未成</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已移送</translation>
    </message>
</context>
<context>
    <name>dispatch::MediationCommands</name>
    <message>
        <source>%1 is not a mediator</source>
        <translation>%1 不是调解员</translation>
    </message>
    <message>
        <source>%1 holds no mediator&apos;s certificate</source>
        <translation>%1 没有调解员证</translation>
    </message>
    <message>
        <source>the certificate %1 of %2 expired on %3</source>
        <translation>%2 的调解员证 %1 已于 %3 到期</translation>
    </message>
    <message>
        <source>only a dispute goes to a mediator; %1 is &quot;%2&quot;</source>
        <translation>只有纠纷类警情可交调解员；%1 的类别是“%2”</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: it is not mediated</source>
        <translation>警情 %1 处于“%2”状态，不能调解</translation>
    </message>
    <message>
        <source>incident %1 is already with a mediator</source>
        <translation>警情 %1 已交调解员调解</translation>
    </message>
    <message>
        <source>no mediation with id %1</source>
        <translation>没有编号为 %1 的调解</translation>
    </message>
    <message>
        <source>its outcome is already recorded (%1)</source>
        <translation>调解结果已登记（%1）</translation>
    </message>
    <message>
        <source>say how the mediation ended</source>
        <translation>请登记调解结果</translation>
    </message>
    <message>
        <source>say why the parties did not settle</source>
        <translation>请说明调解未成的原因</translation>
    </message>
    <message>
        <source>say where the dispute was referred</source>
        <translation>请说明移送去向</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dispatch::MediationKind</name>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>调解结果：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmPbfCheck</name>
    <message>
        <source>at byte %1: a block header of %2 bytes (not an OpenStreetMap PBF file)</source>
        <translation>第 %1 字节：块头长 %2 字节（不是 OpenStreetMap PBF 文件）</translation>
    </message>
    <message>
        <source>at byte %1: a block header that cannot be read (not an OpenStreetMap PBF file)</source>
        <translation>第 %1 字节：块头无法读取（不是 OpenStreetMap PBF 文件）</translation>
    </message>
    <message>
        <source>at byte %1: a block without its type (not an OpenStreetMap PBF file)</source>
        <translation>第 %1 字节：块没有类型（不是 OpenStreetMap PBF 文件）</translation>
    </message>
    <message>
        <source>at byte %1: a block of %2 bytes (not an OpenStreetMap PBF file)</source>
        <translation>第 %1 字节：块长 %2 字节（不是 OpenStreetMap PBF 文件）</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmReader</name>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 GB: cut the extract to the centre&apos;s area first (osmium extract)</source>
        <translation>文件大于 %1 GB：请先裁剪为本中心的区域（osmium extract）</translation>
    </message>
    <message>
        <source>not an OpenStreetMap file this desk reads: .osm.pbf, .pbf or .osm (XML) expected</source>
        <translation>不是本席位可读的 OpenStreetMap 文件：应为 .osm.pbf、.pbf 或 .osm（XML）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not read to its end: %1</source>
        <translation>未能读到文件末尾：%1</translation>
    </message>
    <message>
        <source>no road and no place in the file (%1 nodes and %2 ways read)</source>
        <translation>文件中没有道路也没有地点（读取了 %1 个节点、%2 条路径）</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmXmlCheck</name>
    <message>
        <source>line %1: %2=&quot;%3&quot; is not a coordinate on the Earth</source>
        <translation>第 %1 行：%2=&quot;%3&quot; 不是地球上的坐标</translation>
    </message>
</context>
<context>
    <name>dispatch::PhoneCommands</name>
    <message>
        <source>no abandoned call with id %1</source>
        <translation>没有编号为 %1 的未接来电</translation>
    </message>
    <message>
        <source>the call back of %1 was already closed (%2) %3</source>
        <translation>%1 的回拨已结束（%2）%3</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>the call back of %1 was changed since it was shown here (%2): look at it again</source>
        <translation>%1 的回拨在本席显示之后已被更改（%2）：请重新查看</translation>
    </message>
    <message>
        <source>another desk changed the call back of %1 at the same moment (%2): look at it again</source>
        <translation>另一席位同时更改了 %1 的回拨（%2）：请重新查看</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>say what the caller said (a child playing, a pocket call, a call made by mistake …)</source>
        <translation>请写明来电人所说（小孩玩手机、误触拨号、打错电话……）</translation>
    </message>
</context>
<context>
    <name>dispatch::PracticeSwitch</name>
    <message>
        <source>Unscripted call on the practice line: listen to the caller.</source>
        <translation>练习线路上的无脚本来电：请听来电人陈述。</translation>
    </message>
</context>
<context>
    <name>dispatch::Recommender</name>
    <message>
        <source>off duty</source>
        <translation>已下勤</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>committed to another incident</source>
        <translation>正在处置其他警情</translation>
    </message>
    <message>
        <source>already assigned to this incident</source>
        <translation>已派往本警情</translation>
    </message>
    <message>
        <source>unit type not asked for</source>
        <translation>非所需警力类型</translation>
    </message>
    <message>
        <source>mediator&apos;s certificate expired</source>
        <translation>调解员证已过期</translation>
    </message>
    <message>
        <source>no mediator&apos;s certificate</source>
        <translation>无调解员证</translation>
    </message>
    <message>
        <source>no position fix and no home station</source>
        <translation>无定位且无所属派出所</translation>
    </message>
</context>
<context>
    <name>dispatch::RectificationKind</name>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>指挥中心</translation>
    </message>
</context>
<context>
    <name>dispatch::ReportPeriod</name>
    <message>
        <source>Daily report %1</source>
        <translation>警情日报 %1</translation>
    </message>
    <message>
        <source>Weekly report %1 – %2 (week %3)</source>
        <translation>警情周报 %1 至 %2（第 %3 周）</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>警情月报 %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
</context>
<context>
    <name>dispatch::ReportTables</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>不在任何片区</translation>
    </message>
    <message>
        <source>Zone %1 (removed)</source>
        <translation>片区 %1（已删除）</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>警情数</translation>
    </message>
    <message>
        <source>Change against the previous period</source>
        <translation>环比变化</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>日均</translation>
    </message>
    <message>
        <source>Trend (incidents a day, per day)</source>
        <translation>趋势（每日警情数的日变化）</translation>
    </message>
    <message>
        <source>Call to dispatch</source>
        <translation>接警至派警</translation>
    </message>
    <message>
        <source>Dispatch to on scene</source>
        <translation>派警至到场</translation>
    </message>
    <message>
        <source>Call to on scene</source>
        <translation>接警至到场</translation>
    </message>
    <message>
        <source>On scene within 1 min of dispatch</source>
        <translation>派警后 1 分钟内到场</translation>
    </message>
    <message>
        <source>On scene within 3 min of dispatch</source>
        <translation>派警后 3 分钟内到场</translation>
    </message>
    <message>
        <source>On scene within 5 min of dispatch</source>
        <translation>派警后 5 分钟内到场</translation>
    </message>
    <message>
        <source>Arrival within the zone&apos;s own circle</source>
        <translation>按片区圈层时限到场</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>30 秒内签收</translation>
    </message>
    <message>
        <source>Dispatched within the priority&apos;s target</source>
        <translation>按等级时限派警</translation>
    </message>
    <message>
        <source>Diverted to other agencies</source>
        <translation>分流至其他部门</translation>
    </message>
    <message>
        <source>Transferred to stations</source>
        <translation>移交派出所</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>合并重复警情</translation>
    </message>
    <message>
        <source>Repeat-incident marks</source>
        <translation>重复警情标记</translation>
    </message>
    <message>
        <source>Category mix</source>
        <translation>警情类别构成</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Zone ranking</source>
        <translation>片区排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Arrivals measured</source>
        <translation>到场统计数</translation>
    </message>
    <message>
        <source>Arrival in time</source>
        <translation>按时到场</translation>
    </message>
    <message>
        <source>Hourly load</source>
        <translation>分时段警情</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation>每日警情量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dispatch to on scene (first unit)</source>
        <translation>派警至到场（首车）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>及以上</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>报警线路</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>警情等级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1（中位数）</translation>
    </message>
    <message>
        <source>%1 (90th percentile)</source>
        <translation>%1（90 分位）</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Closed on scene</source>
        <translation>现场办结</translation>
    </message>
    <message>
        <source>Callbacks reached (of those to make)</source>
        <translation>回访成功数（应回访数）</translation>
    </message>
    <message>
        <source>Satisfied or basically satisfied</source>
        <translation>满意及基本满意</translation>
    </message>
    <message>
        <source>Mediations settled (of those ended)</source>
        <translation>调解成功（占已结调解）</translation>
    </message>
    <message>
        <source>Instructions answered directly (of those answered)</source>
        <translation>直接答复的指令（占已反馈指令）</translation>
    </message>
    <message>
        <source>Telephone: answering and abandoned calls</source>
        <translation>电话：接听与未接来电</translation>
    </message>
    <message>
        <source>Calls rung</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <source>Answered within 10 s (NFPA 1225: 90 %)</source>
        <translation>10 秒内接听（NFPA 1225：90%）</translation>
    </message>
    <message>
        <source>Answered within 15 s (NENA: 90 %)</source>
        <translation>15 秒内接听（NENA：90%）</translation>
    </message>
    <message>
        <source>Answered within 20 s</source>
        <translation>20 秒内接听</translation>
    </message>
    <message>
        <source>Abandoned (rang, not answered)</source>
        <translation>未接（振铃未接听）</translation>
    </message>
    <message>
        <source>Abandoned calls called back</source>
        <translation>未接来电已回拨</translation>
    </message>
    <message>
        <source>Called back in time</source>
        <translation>按时回拨</translation>
    </message>
    <message>
        <source>Caller reached</source>
        <translation>回拨接通</translation>
    </message>
    <message>
        <source>Became incidents</source>
        <translation>立为警情</translation>
    </message>
    <message>
        <source>Not reached after every try</source>
        <translation>多次回拨未接通</translation>
    </message>
    <message>
        <source>Call back still owed</source>
        <translation>尚待回拨</translation>
    </message>
    <message>
        <source>Calls answered within 15 s of the ring</source>
        <translation>振铃后 15 秒内接听</translation>
    </message>
</context>
<context>
    <name>dispatch::ResponsePolicy</name>
    <message>
        <source>&quot;%1&quot; must be an object with keys 1 to %2</source>
        <translation>“%1”必须是键为 1 至 %2 的对象</translation>
    </message>
    <message>
        <source>needs a positive number (at most %1) for &quot;%2&quot;</source>
        <translation>“%2”需要一个正数（不超过 %1）</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>not a response policy (format &quot;dispatch-response-policy&quot;, version 1)</source>
        <translation>不是响应时限策略文件（format 应为“dispatch-response-policy”，version 1）</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must lie between 0 and 1</source>
        <translation>“warning_share”必须介于 0 与 1 之间</translation>
    </message>
    <message>
        <source>&quot;sign_for_seconds&quot; must be 1 to 3600</source>
        <translation>“sign_for_seconds”必须为 1 至 3600</translation>
    </message>
    <message>
        <source>an arrival relaxation cannot make the target stricter (must be 1 or more)</source>
        <translation>到场时限放宽系数不能使时限更严（必须不小于 1）</translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation>无法读取策略文件：%1</translation>
    </message>
    <message>
        <source>call to dispatch</source>
        <translation>接警至派警</translation>
    </message>
    <message>
        <source>sign-for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>first feedback</source>
        <translation>首次反馈</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>&quot;units&quot; must be an object</source>
        <translation>“units”必须是对象</translation>
    </message>
    <message>
        <source>&quot;stale_after_seconds&quot; must be 5 to 86400</source>
        <translation>“stale_after_seconds”必须在 5 到 86400 之间</translation>
    </message>
    <message>
        <source>&quot;detour_factor&quot; must be 1 to 5</source>
        <translation>“detour_factor”必须在 1 到 5 之间</translation>
    </message>
    <message>
        <source>a speed must be 1 to 200 km/h</source>
        <translation>速度必须在 1 到 200 公里/小时之间</translation>
    </message>
    <message>
        <source>&quot;offer_committed_up_to_priority&quot; must be 0 to 4</source>
        <translation>“offer_committed_up_to_priority”必须在 0 到 4 之间</translation>
    </message>
    <message>
        <source>&quot;speed_kmh&quot; must map unit types to km/h</source>
        <translation>“speed_kmh”必须是警力类型到公里/小时的映射</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>未知的警力类型“%1”</translation>
    </message>
    <message>
        <source>&quot;transfer_sign_for_seconds&quot; must be a whole number from 60 to 604800</source>
        <translation>&quot;transfer_sign_for_seconds&quot; 须为 60 至 604800 的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; 须为 %2 至 %3 的整数</translation>
    </message>
    <message>
        <source>&quot;instruction_reply_seconds&quot; must be an object of urgent, general and repeated</source>
        <translation>&quot;instruction_reply_seconds&quot; 须为含 urgent、general、repeated 的对象</translation>
    </message>
    <message>
        <source>unknown instruction class &quot;%1&quot; (urgent, general, repeated)</source>
        <translation>未知的指令类别“%1”（urgent、general、repeated）</translation>
    </message>
    <message>
        <source>a reply time must be a whole number of seconds from 300 to 2592000</source>
        <translation>反馈时限须为 300 至 2592000 之间的整数秒</translation>
    </message>
    <message>
        <source>dispatch</source>
        <comment>short clock name</comment>
        <translation>派警</translation>
    </message>
    <message>
        <source>sign-for</source>
        <comment>short clock name</comment>
        <translation>签收</translation>
    </message>
    <message>
        <source>arrival</source>
        <comment>short clock name</comment>
        <translation>到场</translation>
    </message>
    <message>
        <source>feedback</source>
        <comment>short clock name</comment>
        <translation>反馈</translation>
    </message>
    <message>
        <source>closure</source>
        <comment>short clock name</comment>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>dispatch::RingingCalls</name>
    <message>
        <source>call %1 is already known: a call rings once</source>
        <translation>呼叫 %1 已存在：一个呼叫只振铃一次</translation>
    </message>
    <message>
        <source>no call %1 rang: its location is not taken</source>
        <translation>没有振铃过的呼叫 %1：其位置不予接收</translation>
    </message>
    <message>
        <source>%1 calls are kept already: call %2 is not taken</source>
        <translation>已保留 %1 个呼叫：呼叫 %2 不予接收</translation>
    </message>
</context>
<context>
    <name>dispatch::RoadGraph</name>
    <message>
        <source>the start is more than %1 m from any road of the map</source>
        <translation>起点距地图上任何道路都超过 %1 米</translation>
    </message>
    <message>
        <source>the end is more than %1 m from any road of the map</source>
        <translation>终点距地图上任何道路都超过 %1 米</translation>
    </message>
    <message>
        <source>no road of the map leads from the start to the end (a one-way street, or a part of the network not joined to the rest)</source>
        <translation>地图上没有从起点通往终点的道路（单行道，或路网中未与其余部分相连的一段）</translation>
    </message>
    <message>
        <source>&quot;name&quot;: a name of 1 to 60 characters is needed</source>
        <translation>&quot;name&quot;：需要 1 至 60 个字符的名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a number from %2 to %3 is needed</source>
        <translation>&quot;%1&quot;：需要 %2 至 %3 之间的数</translation>
    </message>
    <message>
        <source>&quot;speed_kmh.%1&quot;: a speed from 1 to 200 km/h is needed</source>
        <translation>&quot;speed_kmh.%1&quot;：需要 1 至 200 km/h 的车速</translation>
    </message>
    <message>
        <source>&quot;speed_kmh&quot;: the speed of at least one road class is needed</source>
        <translation>&quot;speed_kmh&quot;：至少需要一种道路等级的车速</translation>
    </message>
</context>
<context>
    <name>dispatch::Roles</name>
    <message>
        <source>Dispatcher</source>
        <translation>接警员</translation>
    </message>
    <message>
        <source>Shift leader</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>教官</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>dispatch::Scenario</name>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>&quot;lat&quot; and &quot;lon&quot; must both be numbers of a valid position</source>
        <translation>“lat”和“lon”须同为有效位置的数字</translation>
    </message>
    <message>
        <source>needs an object {category, priority, divert_to, mediation}</source>
        <translation>须为对象 {category, priority, divert_to, mediation}</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>must be 1 to 4</source>
        <translation>须为1至4</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>未知部门“%1”</translation>
    </message>
    <message>
        <source>only a non-police matter is diverted</source>
        <translation>只有非警务事项才分流</translation>
    </message>
    <message>
        <source>must be an agency code or null</source>
        <translation>须为部门代码或 null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>only a dispute goes to a mediator</source>
        <translation>只有纠纷才交调解员</translation>
    </message>
    <message>
        <source>cannot read the scenario: %1</source>
        <translation>无法读取演练脚本：%1</translation>
    </message>
    <message>
        <source>district.zones: the zones file %1 does not exist</source>
        <translation>district.zones：辖区文件 %1 不存在</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (line %2)</source>
        <translation>不是 JSON 对象：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>not a scenario (format &quot;dispatch-scenario&quot;, version 1)</source>
        <translation>不是演练脚本（须 format 为“dispatch-scenario”、version 为 1）</translation>
    </message>
    <message>
        <source>a scenario needs a title</source>
        <translation>演练脚本需要标题</translation>
    </message>
    <message>
        <source>&quot;demo&quot; or a GeoJSON file</source>
        <translation>“demo”或一个 GeoJSON 文件</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time with its offset, e.g. 2026-11-20T20:00:00+08:00</source>
        <translation>带时区偏移的 ISO 8601 日期时间，例如 2026-11-20T20:00:00+08:00</translation>
    </message>
    <message>
        <source>a whole number of minutes from 1 to 10080</source>
        <translation>1至10080之间的整数分钟</translation>
    </message>
    <message>
        <source>&quot;demo&quot; or a list of units</source>
        <translation>“demo”或单位列表</translation>
    </message>
    <message>
        <source>a unit needs a callsign</source>
        <translation>单位需要呼号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the roster twice</source>
        <translation>“%1”在名册中出现两次</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>未知单位类型“%1”</translation>
    </message>
    <message>
        <source>a unit needs &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>单位需要“lat”和“lon”</translation>
    </message>
    <message>
        <source>a unit starts available, busy or off duty, not &quot;%1&quot;</source>
        <translation>单位的初始状态须为可派、忙碌或下勤，不能是“%1”</translation>
    </message>
    <message>
        <source>must be [min, max], whole numbers, min ≤ max</source>
        <translation>须为 [最小, 最大]，整数，最小 ≤ 最大</translation>
    </message>
    <message>
        <source>must be [min, max] with 0 &lt; min ≤ max ≤ 10</source>
        <translation>须为 [最小, 最大]，且 0 &lt; 最小 ≤ 最大 ≤ 10</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>a scenario needs at least one event</source>
        <translation>演练脚本至少需要一个事件</translation>
    </message>
    <message>
        <source>a call needs an id</source>
        <translation>来电需要 id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>id“%1”用了两次</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>未知来源线路“%1”</translation>
    </message>
    <message>
        <source>what the caller says is needed</source>
        <translation>需要报警人所说的内容</translation>
    </message>
    <message>
        <source>an escalation names the call it escalates</source>
        <translation>升级事件须指明所升级的来电</translation>
    </message>
    <message>
        <source>no earlier call &quot;%1&quot;</source>
        <translation>之前没有来电“%1”</translation>
    </message>
    <message>
        <source>what the trainee should reach is needed</source>
        <translation>需要学员应得出的标准答案</translation>
    </message>
    <message>
        <source>no unit &quot;%1&quot; in the roster</source>
        <translation>名册中没有单位“%1”</translation>
    </message>
    <message>
        <source>breakdown, avl_lost or late_on_scene</source>
        <translation>breakdown、avl_lost 或 late_on_scene</translation>
    </message>
    <message>
        <source>a whole number of minutes from 0 to 1440</source>
        <translation>0至1440之间的整数分钟</translation>
    </message>
    <message>
        <source>who issues the instruction</source>
        <translation>需要指令的下达单位</translation>
    </message>
    <message>
        <source>the instruction&apos;s text</source>
        <translation>需要指令内容</translation>
    </message>
    <message>
        <source>urgent, general or repeated</source>
        <translation>urgent、general 或 repeated</translation>
    </message>
    <message>
        <source>call, escalation, unit or instruction, not &quot;%1&quot;</source>
        <translation>须为 call、escalation、unit 或 instruction，不能是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):
</source>
        <translation>
            <numerusform>%n 个问题：
</numerusform>
        </translation>
    </message>
    <message>
        <source>seconds from the start, or &quot;HH:MM:SS&quot;, at most 7 days</source>
        <translation>距开始的秒数，或 &quot;HH:MM:SS&quot;，最多 7 天</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>a call on the practice line needs the number the role-player calls from</source>
        <translation>练习线路来电需要角色扮演者拨出的号码</translation>
    </message>
</context>
<context>
    <name>dispatch::ScenarioFromHistory</name>
    <message>
        <source>the period is empty</source>
        <translation>时间段为空</translation>
    </message>
    <message>
        <source>History %1 – %2</source>
        <translation>历史 %1 – %2</translation>
    </message>
    <message>
        <source>Made from the store&apos;s history of that period: each incident a call at its own time and place.</source>
        <translation>由库中该时段的历史生成：每起警情按其时间和地点成为一个来电。</translation>
    </message>
    <message>
        <source>the period holds more than %1 incidents: choose a shorter one</source>
        <translation>该时段超过 %1 起警情：请选择更短的时段</translation>
    </message>
    <message>
        <source>%1 (record %2)</source>
        <translation>%1（记录 %2）</translation>
    </message>
    <message>
        <source>no incident was received in that period</source>
        <translation>该时段内没有接报警情</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerConnection</name>
    <message>
        <source>this is not a valid PostgreSQL address (postgresql://user@host:port/database): %1</source>
        <translation>这不是有效的 PostgreSQL 地址（postgresql://用户@主机:端口/数据库）：%1</translation>
    </message>
    <message>
        <source>the address names no database (postgresql://user@host:port/database)</source>
        <translation>地址中没有数据库名（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot reach the store on the server: %1</source>
        <translation>无法连接服务器上的数据库：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerWatch</name>
    <message>
        <source>the server does not answer</source>
        <translation>服务器无响应</translation>
    </message>
</context>
<context>
    <name>dispatch::SetupCommands</name>
    <message>
        <source>a user name is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>用户名为 2–32 个字母、数字、“.”“_”或“-”</translation>
    </message>
    <message>
        <source>the store already holds a district</source>
        <translation>数据库中已有辖区数据</translation>
    </message>
    <message>
        <source>staging point %1 names an unknown station &quot;%2&quot;</source>
        <translation>屯警点 %1 指向未知的派出所“%2”</translation>
    </message>
    <message>
        <source>unit %1 names an unknown station &quot;%2&quot;</source>
        <translation>警力单元 %1 指向未知的派出所“%2”</translation>
    </message>
    <message>
        <source>unit %1 names an unknown staging point &quot;%2&quot;</source>
        <translation>警力单元 %1 指向未知的屯警点“%2”</translation>
    </message>
    <message>
        <source>the user name &quot;%1&quot; is taken</source>
        <translation>用户名“%1”已被使用</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>没有用户“%1”</translation>
    </message>
</context>
<context>
    <name>dispatch::ShiftPattern</name>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Evening shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>a shift pattern needs at least one shift</source>
        <translation>班次设置至少需要一个班次</translation>
    </message>
    <message>
        <source>invalid start time</source>
        <translation>开始时间无效</translation>
    </message>
    <message>
        <source>two shifts start at %1</source>
        <translation>有两个班次都在 %1 开始</translation>
    </message>
    <message>
        <source>a shift pattern is a JSON array of {&quot;start&quot;:&quot;HH:mm&quot;,&quot;name&quot;:…}</source>
        <translation>班次设置应为 {&quot;start&quot;:&quot;HH:mm&quot;,&quot;name&quot;:…} 组成的 JSON 数组</translation>
    </message>
    <message>
        <source>start must be HH:mm</source>
        <translation>开始时间必须为 HH:mm</translation>
    </message>
    <message>
        <source>Shift %1–%2</source>
        <translation>班次 %1–%2</translation>
    </message>
</context>
<context>
    <name>dispatch::SignInPolicy</name>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>this password is one of the most common ones; choose another</source>
        <translation>该密码属于最常见的密码之一，请另选一个</translation>
    </message>
    <message>
        <source>a password must not be the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
</context>
<context>
    <name>dispatch::Simulator</name>
    <message>
        <source>back in service</source>
        <translation>恢复执勤</translation>
    </message>
    <message>
        <source>vehicle broke down</source>
        <translation>车辆故障</translation>
    </message>
    <message>
        <source>handled on scene</source>
        <translation>现场已处置</translation>
    </message>
    <message>
        <source>answered directly: handled before, no new risk</source>
        <translation>直接回复：此前已处置，无新风险</translation>
    </message>
    <message>
        <source>checked by %1 and reported</source>
        <translation>已由%1核查并上报</translation>
    </message>
</context>
<context>
    <name>dispatch::Siting</name>
    <message>
        <source>no map is loaded: sites are chosen over the roads (dispatchctl map import)</source>
        <translation>未导入地图：布点按道路计算（dispatchctl map import）</translation>
    </message>
    <message>
        <source>choose at least one site</source>
        <translation>至少选一个点位</translation>
    </message>
    <message>
        <source>the target must be 30 to 3,600 seconds</source>
        <translation>目标时间须为 30 至 3600 秒</translation>
    </message>
    <message>
        <source>no existing site has the code &quot;%1&quot;</source>
        <translation>没有编号为“%1”的现有点位</translation>
    </message>
    <message>
        <source>%1 sites are kept but only %2 chosen</source>
        <translation>保留 %1 个点位，但只选 %2 个</translation>
    </message>
    <message>
        <source>no incident of the period lies on the map&apos;s roads: nothing to cover</source>
        <translation>该时段没有位于地图道路上的警情：无可覆盖</translation>
    </message>
    <message>
        <source>the kept site %1 is off the map&apos;s roads</source>
        <translation>保留的点位 %1 不在地图道路附近</translation>
    </message>
    <message>
        <source>only %1 candidate sites for %2 to choose</source>
        <translation>只有 %1 个候选点位，不够选 %2 个</translation>
    </message>
    <message>
        <source>the solver could not solve the relaxed problem</source>
        <translation>求解器无法求解松弛问题</translation>
    </message>
    <message>
        <source>the solver found no choice of sites within %1 s</source>
        <translation>求解器在 %1 秒内未找到可行的布点方案</translation>
    </message>
</context>
<context>
    <name>dispatch::SpeedCalibration</name>
    <message>
        <source>no map is loaded: speeds are fitted over the roads (dispatchctl map import)</source>
        <translation>未加载地图：车速按道路拟合（dispatchctl map import）</translation>
    </message>
    <message>
        <source>%1 journeys to fit on (at least %2 are needed): a longer period, or the units&apos; stations</source>
        <translation>可供拟合的行程 %1 条（至少需要 %2 条）：请选更长的时段，或核对单位所属站点</translation>
    </message>
    <message>
        <source>the solver found no straight-line fit</source>
        <translation>求解器未找到直线模型的拟合</translation>
    </message>
    <message>
        <source>the solver found no fit of the road speeds</source>
        <translation>求解器未找到道路车速的拟合</translation>
    </message>
</context>
<context>
    <name>dispatch::StateCheck</name>
    <message>
        <source>incident %1 (id %2) has no incident.created event: it was written behind the application&apos;s back</source>
        <translation>警情 %1（id %2）没有 incident.created 事件：它是绕过本程序写入的</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot; in its row, but the log left it &quot;%3&quot; (event #%4): the row was changed without its event</source>
        <translation>警情 %1 的记录为“%2”，而日志最后记为“%3”（事件 #%4）：记录被改动却没有相应事件</translation>
    </message>
    <message>
        <source>incident %1 (id %2) is in the log but its row is gone: it was deleted without an event</source>
        <translation>警情 %1（id %2）在日志中存在，但其记录已不见：它被删除却没有事件</translation>
    </message>
    <message>
        <source>incident %1: unit %2 has %3 assignment row(s) but %4 dispatch event(s): an assignment was written or deleted without its event</source>
        <translation>警情 %1：警力 %2 有 %3 条派警记录，但只有 %4 条派警事件：有派警记录未经事件被写入或删除</translation>
    </message>
    <message>
        <source>incident %1: unit %2 has %3 released assignment(s) but %4 release event(s): a release was written or undone without its event</source>
        <translation>警情 %1：警力 %2 有 %3 条已解除的派警记录，但只有 %4 条解除事件：有解除未经事件被写入或撤销</translation>
    </message>
    <message>
        <source>%1 is in the log but its row is gone: it was deleted without an event</source>
        <translation>%1 在日志中有记录，但数据行已不存在：它未经事件被删除</translation>
    </message>
    <message>
        <source>%1 has no followup.opened event: it was written behind the application&apos;s back</source>
        <translation>%1 没有 followup.opened 事件：它绕过本系统被写入</translation>
    </message>
    <message>
        <source>%1 is open in its row, but the log closed it: the row was changed without its event</source>
        <translation>%1 在数据行中未办结，但日志显示已办结：数据行未经事件被改动</translation>
    </message>
    <message>
        <source>%1 is closed in its row, but the log never closed it: the row was changed without its event</source>
        <translation>%1 在数据行中已办结，但日志中从未办结：数据行未经事件被改动</translation>
    </message>
    <message>
        <source>%1 ended &quot;%2&quot; in its row, but the log closed it &quot;%3&quot;</source>
        <translation>%1 在数据行中的办结方式为“%2”，但日志记录为“%3”</translation>
    </message>
    <message>
        <source>%1 %2 has no %3 event: it was written behind the application&apos;s back</source>
        <translation>%1 %2 没有 %3 事件：它是绕过应用程序写入的</translation>
    </message>
    <message>
        <source>%1 %2: its row shows what %3 records, but the log has no such event: the row was changed without its event</source>
        <translation>%1 %2：其记录显示了 %3 所记录的内容，但日志中没有该事件：该记录被绕过事件修改</translation>
    </message>
    <message>
        <source>%1 %2 is in the log (%3) but its row is gone: it was deleted without an event</source>
        <translation>%1 %2 在日志中（%3），但其记录已不存在：它被无事件删除</translation>
    </message>
    <message>
        <source>%1 %2: the log has its %3 event, but its row does not show it: the row was changed without its event</source>
        <translation>%1 %2：日志中有其 %3 事件，但其记录未体现：该记录被绕过事件修改</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock&apos;s deadline is not its start plus the time allowed: the row was changed without an event</source>
        <translation>警情 %1：%2 时钟的截止时间不等于开始时间加允许时长：该记录被无事件修改</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock stopped %3 s after its deadline but is &quot;%4&quot; in its row: the row was changed without an event</source>
        <translation>警情 %1：%2 时钟在截止时间后 %3 秒才停止，但其记录为“%4”：该记录被无事件修改</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock stopped by its deadline but is &quot;%3&quot; in its row: the row was changed without an event</source>
        <translation>警情 %1：%2 时钟在截止时间前停止，但其记录为“%3”：该记录被无事件修改</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock is stamped breached, but the log has no clock.breached event for it</source>
        <translation>警情 %1：%2 时钟标记为超时，但日志中没有对应的 clock.breached 事件</translation>
    </message>
    <message>
        <source>incident %1: the log says the %2 clock was breached, but its row shows no breach: the breach was cleared without an event</source>
        <translation>警情 %1：日志记载 %2 时钟已超时，但其记录没有超时标记：超时标记被无事件清除</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock&apos;s deadline is not the one its clock.breached event named: the row was changed without an event</source>
        <translation>警情 %1：%2 时钟的截止时间与其 clock.breached 事件所记不符：该记录被无事件修改</translation>
    </message>
    <message>
        <source>incident #%1: the log says its %2 clock was breached, but the clock is gone: it was deleted without an event</source>
        <translation>警情 #%1：日志记载其 %2 时钟已超时，但该时钟已不存在：它被无事件删除</translation>
    </message>
    <message>
        <source>incident %1: unit %2&apos;s sign-for is stamped late, but the log has no unit.sign_for_late event for it</source>
        <translation>警情 %1：警力 %2 的签收标记为超时，但日志中没有对应的 unit.sign_for_late 事件</translation>
    </message>
    <message>
        <source>incident %1: the log says unit %2 signed for it late, but its assignment shows no breach: the breach was cleared without an event</source>
        <translation>警情 %1：日志记载警力 %2 签收超时，但其派警记录没有超时标记：超时标记被无事件清除</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreCheckReport</name>
    <message>
        <source>handover %1 (%2) is accepted but its acceptance is not in the event log</source>
        <translation>交接班 %1（%2）已确认接班，但事件日志中没有确认记录</translation>
    </message>
    <message>
        <source>handover %1 (%2) changed after it was accepted: its hash is %3, the event log froze %4</source>
        <translation>交接班 %1（%2）在确认接班后被改动：当前哈希 %3，事件日志冻结的是 %4</translation>
    </message>
    <message>
        <source>the integrity check could not run to its end: %1</source>
        <translation>完整性检查未能运行完毕：%1</translation>
    </message>
    <message>
        <source>the foreign-key check could not run to its end: %1</source>
        <translation>外键检查未能运行完毕：%1</translation>
    </message>
    <message>
        <source>the event log could not be read to its end: %1</source>
        <translation>事件日志未能读取完毕：%1</translation>
    </message>
    <message>
        <source>the accepted handovers could not be read: %1</source>
        <translation>无法读取已接收的交接班：%1</translation>
    </message>
    <message>
        <source>%1 at desk %2: %3</source>
        <translation>%1，席位 %2：%3</translation>
    </message>
    <message>
        <source>the store&apos;s guards could not be read: %1</source>
        <translation>无法读取数据库的保护触发器：%1</translation>
    </message>
    <message>
        <source>the incidents could not be compared with the log: %1</source>
        <translation>无法将警情与日志比对：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreGuards</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>%1 is switched off</source>
        <translation>%1 已被停用</translation>
    </message>
    <message>
        <source>%1 was rewritten</source>
        <translation>%1 已被改写</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreLocator</name>
    <message>
        <source> — create one with: dispatchctl init --db %1 --demo</source>
        <translation> —— 可用以下命令创建：dispatchctl init --db %1 --demo</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionCodes</name>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网上督办</translation>
    </message>
    <message>
        <source>by instruction</source>
        <translation>指令督办</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话督办</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Repeat-ledger entry</source>
        <translation>重复警情台账</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionCommands</name>
    <message>
        <source>no supervision with id %1</source>
        <translation>没有编号为 %1 的督办</translation>
    </message>
    <message>
        <source>this supervision is already closed</source>
        <translation>该督办已办结</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>没有编号为 %2 的%1</translation>
    </message>
    <message>
        <source>already under supervision</source>
        <translation>已在督办中</translation>
    </message>
    <message>
        <source>name who answers for it</source>
        <translation>请填写责任人</translation>
    </message>
    <message>
        <source>the deadline must lie ahead</source>
        <translation>期限须晚于当前时间</translation>
    </message>
    <message>
        <source>a progress note needs its text</source>
        <translation>进展记录须有内容</translation>
    </message>
    <message>
        <source>say how it ended</source>
        <translation>请填写办结结果</translation>
    </message>
    <message>
        <source>Rectification overdue: %1</source>
        <translation>整改超期：%1</translation>
    </message>
    <message>
        <source>shift leader on duty</source>
        <translation>当班值班长</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>The progress note</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionKind</name>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
</context>
<context>
    <name>dispatch::Taxonomy</name>
    <message>
        <source>missing array &quot;%1&quot;</source>
        <translation>缺少数组“%1”</translation>
    </message>
    <message>
        <source>entry without &quot;%1&quot;</source>
        <translation>条目缺少“%1”</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>代码“%1”重复</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>a tier needs &quot;tier&quot; 1..5 and a positive &quot;arrival_seconds&quot;</source>
        <translation>快反圈需要 1 到 5 的“tier”和正数“arrival_seconds”</translation>
    </message>
</context>
<context>
    <name>dispatch::TextLimits</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1过长：%2 个字，最多 %3 个字</translation>
    </message>
</context>
<context>
    <name>dispatch::TimestampParser</name>
    <message>
        <source>unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <source>the year is written yyyy in a timestamp format, not %1</source>
        <translation>时间格式中年份写作 yyyy，而不是 %1</translation>
    </message>
    <message>
        <source>AM/PM is written AP in a timestamp format</source>
        <translation>时间格式中上午/下午写作 AP</translation>
    </message>
    <message>
        <source>unknown letter &apos;%1&apos; in the timestamp format (yyyy MM dd HH hh mm ss zzz AP)</source>
        <translation>时间格式中有未知字母“%1”（可用 yyyy MM dd HH hh mm ss zzz AP）</translation>
    </message>
    <message>
        <source>a timestamp format needs yyyy, MM and dd</source>
        <translation>时间格式须包含 yyyy、MM 和 dd</translation>
    </message>
    <message>
        <source>hh (12-hour clock) and AP go together in a timestamp format; use HH for 24 hours</source>
        <translation>时间格式中 hh（12 小时制）须与 AP 同用；24 小时制请用 HH</translation>
    </message>
</context>
<context>
    <name>dispatch::TrainingRecords</name>
    <message>
        <source>cannot open the training record: %1</source>
        <translation>无法打开训练记录：%1</translation>
    </message>
    <message>
        <source>a session belongs to a trainee</source>
        <translation>演练记录须属于某一学员</translation>
    </message>
</context>
<context>
    <name>dispatch::TrainingStore</name>
    <message>
        <source>no training store here</source>
        <translation>此处没有训练库</translation>
    </message>
    <message>
        <source>this store is not a training store: an exercise never runs on a live store</source>
        <translation>此库不是训练库：演练绝不在实战库上运行</translation>
    </message>
    <message>
        <source>a file is already there: a training store is always new</source>
        <translation>该位置已有文件：训练库总是新建的</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the live store</source>
        <translation>实战库中没有用户“%1”</translation>
    </message>
    <message>
        <source>sign in to answer a call</source>
        <translation>请先登录再接听来电</translation>
    </message>
    <message>
        <source>there is no call %1 in this exercise</source>
        <translation>本次演练中没有来电 %1</translation>
    </message>
    <message>
        <source>this call was answered by %1 at desk %2 at %3</source>
        <translation>该来电已由 %1 在坐席 %2 于 %3 接听</translation>
    </message>
    <message>
        <source>this call was answered already</source>
        <translation>该来电已被接听</translation>
    </message>
</context>
<context>
    <name>dispatch::TransferCommands</name>
    <message>
        <source>no police station with id %1</source>
        <translation>没有编号为 %1 的派出所</translation>
    </message>
    <message>
        <source>say why the incident goes to the station</source>
        <translation>请说明移交派出所的原因</translation>
    </message>
    <message>
        <source>no transfer with id %1</source>
        <translation>没有编号为 %1 的移交记录</translation>
    </message>
    <message>
        <source>the station already signed for it</source>
        <translation>派出所已签收</translation>
    </message>
    <message>
        <source>say who signed for it at the station</source>
        <translation>请填写派出所签收人</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who signed for it</source>
        <translation>签收人</translation>
    </message>
</context>
<context>
    <name>dispatch::TransferKind</name>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>sign for: %1</source>
        <translation>签收：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageEngine</name>
    <message>
        <source> (overruled)</source>
        <translation>（已被警务规则否决）</translation>
    </message>
    <message>
        <source>not diverted: danger sign 「%1」</source>
        <translation>不予分流：存在危险情形「%1」</translation>
    </message>
    <message>
        <source>no rule set the category; default %1</source>
        <translation>无规则确定类别，按默认：%1</translation>
    </message>
    <message>
        <source>divert to %1</source>
        <translation>分流至%1</translation>
    </message>
    <message>
        <source>may be offered to a mediator</source>
        <translation>可建议调解</translation>
    </message>
    <message>
        <source>notify %1 as well</source>
        <translation>同时通知 %1</translation>
    </message>
    <message>
        <source>just happened, still there or running away</source>
        <translation>刚发生、人还在或正在逃离</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageJsonLines</name>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>&quot;text&quot; is required and must be a non-empty string</source>
        <translation>“text”为必填项，且必须是非空字符串</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>未知的报警来源“%1”</translation>
    </message>
    <message>
        <source>&quot;phone&quot; must be a string</source>
        <translation>“phone”必须是字符串</translation>
    </message>
    <message>
        <source>give both &quot;lat&quot; and &quot;lon&quot; or neither</source>
        <translation>“lat”和“lon”须同时给出或同时省略</translation>
    </message>
    <message>
        <source>&quot;lat&quot;/&quot;lon&quot; must be numbers within -90..90 and -180..180</source>
        <translation>“lat”/“lon”必须是 -90..90 与 -180..180 范围内的数字</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO-8601 date and time, not &quot;%1&quot;</source>
        <translation>“time”必须是 ISO-8601 日期时间，而不是“%1”</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>每行必须是一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>dispatch::TriagePattern</name>
    <message>
        <source>the regular expression is empty</source>
        <translation>正则表达式为空</translation>
    </message>
    <message>
        <source>look-around &quot;%1&quot; is not supported, since patterns are matched in linear time; write the neighbours to exclude as a class, e.g. (^|[^x])y([^z]|$)</source>
        <translation>不支持环视“%1”，因为正则按线性时间匹配；请把要排除的前后字写成字符类，例如 (^|[^x])y([^z]|$)</translation>
    </message>
    <message>
        <source>back-reference &quot;%1&quot; is not supported, since patterns are matched in linear time</source>
        <translation>不支持反向引用“%1”，因为正则按线性时间匹配</translation>
    </message>
    <message>
        <source>the regular expression is too large to be matched in linear time; split the rule</source>
        <translation>正则表达式过大，无法按线性时间匹配；请拆分该规则</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>正则表达式无法编译：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageRuleSet</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the rules file must hold one JSON object</source>
        <translation>规则文件必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>%2中有未知字段“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>“%1”必须是非空字符串列表</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>“%2”中有未知类别“%1”</translation>
    </message>
    <message>
        <source>a time of day must read HH:MM, not &quot;%1&quot;</source>
        <translation>时刻必须写作 HH:MM，而不是“%1”</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;dispatch-triage-rules&quot;</source>
        <translation>“format”必须为“dispatch-triage-rules”</translation>
    </message>
    <message>
        <source>only &quot;version&quot;: 1 is understood</source>
        <translation>只支持 “version”: 1</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty list</source>
        <translation>“rules”必须是非空列表</translation>
    </message>
    <message>
        <source>rule %1 is not an object</source>
        <translation>第 %1 条规则不是对象</translation>
    </message>
    <message>
        <source>rule %1 has no &quot;id&quot;</source>
        <translation>第 %1 条规则缺少“id”</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>规则编号重复</translation>
    </message>
    <message>
        <source>&quot;defaults.priority&quot; must be 1 to 4</source>
        <translation>“defaults.priority”必须为 1 至 4</translation>
    </message>
    <message>
        <source>priority for &quot;%1&quot; must be 1 to 4</source>
        <translation>“%1”的等级必须为 1 至 4</translation>
    </message>
    <message>
        <source>&quot;duplicates.%1&quot; must be a positive whole number</source>
        <translation>“duplicates.%1”必须是正整数</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>未知的报警来源“%1”</translation>
    </message>
    <message>
        <source>an entry of &quot;all&quot; has no words</source>
        <translation>“all”中有一项没有关键词</translation>
    </message>
    <message>
        <source>&quot;fired&quot; names &quot;%1&quot;, which is not a rule above this one</source>
        <translation>“fired”引用的“%1”不是本规则之前的规则</translation>
    </message>
    <message>
        <source>a tier must be 1 to 5</source>
        <translation>快反圈层级必须为 1 至 5</translation>
    </message>
    <message>
        <source>a rule needs at least one condition in &quot;when&quot;</source>
        <translation>规则的“when”中至少需要一个条件</translation>
    </message>
    <message>
        <source>a rule must propose something in &quot;then&quot;</source>
        <translation>规则的“then”中必须给出建议</translation>
    </message>
    <message>
        <source>&quot;priority&quot; must be 1 to 4</source>
        <translation>“priority”必须为 1 至 4</translation>
    </message>
    <message>
        <source>unknown agency code &quot;%1&quot;</source>
        <translation>未知的联动单位代码“%1”</translation>
    </message>
    <message>
        <source>a rule that diverts must set &quot;category&quot;: &quot;non_police&quot;</source>
        <translation>分流规则必须设置 “category”: “non_police”</translation>
    </message>
    <message>
        <source>&quot;mediation&quot; must be true or false</source>
        <translation>“mediation”必须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>未知的警力类型“%1”</translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
    <message>
        <source>&quot;danger&quot; must be an object</source>
        <translation>“danger”必须是一个对象</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitCommands</name>
    <message>
        <source>no unit with id %1</source>
        <translation>没有编号为 %1 的警力单元</translation>
    </message>
    <message>
        <source>a unit is sent to an incident by dispatching it, not by setting its status</source>
        <translation>派警须通过“派警”操作完成，不能直接修改警力状态</translation>
    </message>
    <message>
        <source>%1 is committed to an incident; clear it from the incident first</source>
        <translation>%1 正在处警；请先在警情中解除</translation>
    </message>
    <message>
        <source>no unit comes on or goes off duty</source>
        <translation>没有警力上勤或下勤</translation>
    </message>
    <message>
        <source>shift change</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>shift change: %1</source>
        <translation>交接班：%1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>%1 is already on duty</source>
        <translation>%1 已在勤</translation>
    </message>
    <message>
        <source>%1 is already off duty</source>
        <translation>%1 已下勤</translation>
    </message>
    <message>
        <source>%1 is on an incident and cannot go off duty; clear it first</source>
        <translation>%1 正在处警，不能下勤；请先解除其任务</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</source>
        <translation>%1 在本屏显示之后已被更改：现为“%2”（%3 最近更改）；请重新查看后再执行此操作</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitLifecycle</name>
    <message>
        <source>On patrol</source>
        <translation>巡逻待警</translation>
    </message>
    <message>
        <source>At staging point</source>
        <translation>屯警点待警</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>出警途中</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>下勤</translation>
    </message>
    <message>
        <source>the unit is already &quot;%1&quot;</source>
        <translation>该警力已经是“%1”</translation>
    </message>
    <message>
        <source>a unit cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>警力不能从“%1”变为“%2”</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitRepository</name>
    <message>
        <source>%1 was changed by another writer while this change was made; nothing was saved, look at it again</source>
        <translation>%1 在本次更改进行时已被其他写入方更改；未保存任何内容，请重新查看</translation>
    </message>
</context>
<context>
    <name>dispatch::WarningPolicy</name>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>a warning policy is a JSON object</source>
        <translation>预警策略须为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be &quot;dispatch-warning-policy&quot;</source>
        <translation>必须为 &quot;dispatch-warning-policy&quot;</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>须为 %1 至 %2 的整数</translation>
    </message>
    <message>
        <source>a number above 0</source>
        <translation>须为大于 0 的数</translation>
    </message>
    <message>
        <source>missing or not a number above 0</source>
        <translation>缺失或不是大于 0 的数</translation>
    </message>
    <message>
        <source>missing or not a number of at least 1</source>
        <translation>缺失或不是不小于 1 的数</translation>
    </message>
    <message>
        <source>each level must ask at least as much as the one below it</source>
        <translation>每一级的门槛不得低于下一级</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的警情类别“%1”</translation>
    </message>
    <message>
        <source>cannot read the warning policy: %1</source>
        <translation>无法读取预警策略：%1</translation>
    </message>
    <message>
        <source>green (normal)</source>
        <translation>绿色（正常）</translation>
    </message>
    <message>
        <source>yellow (attention)</source>
        <translation>黄色（关注）</translation>
    </message>
    <message>
        <source>orange (urgent)</source>
        <translation>橙色（紧急）</translation>
    </message>
    <message>
        <source>red (severe)</source>
        <translation>红色（严重）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>dispatch::WarningReport</name>
    <message>
        <source>all incidents</source>
        <translation>全部警情</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 in the last %n day(s) against %4 ± %5 (same days of the previous %6 weeks)</source>
        <translation>
            <numerusform>%2%1：近 %n 天 %3 起，基线 %4 ± %5（前 %6 周同期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::WatchList</name>
    <message>
        <source>a telephone number (3 to 20 digits) expected, found &quot;%1&quot;</source>
        <translation>应为电话号码（3 至 20 位数字），实为“%1”</translation>
    </message>
</context>
<context>
    <name>dispatch::WorkOrderLifecycle</name>
    <message>
        <source>sent</source>
        <translation>已派发</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>the work order is already &quot;%1&quot;</source>
        <translation>工单已是“%1”</translation>
    </message>
    <message>
        <source>the work order is &quot;%1&quot; and can no longer change</source>
        <translation>工单已是“%1”，不能再变更</translation>
    </message>
    <message>
        <source>a work order cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>工单不能从“%1”变为“%2”</translation>
    </message>
    <message>
        <source>the agency has not taken the work order on yet: mark it &quot;%1&quot; first</source>
        <translation>对方单位尚未受理工单：请先标记为“%1”</translation>
    </message>
</context>
<context>
    <name>dispatch::ZoneCommands</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起警情</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staging point(s)</source>
        <translation>
            <numerusform>%n 个屯警点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1“%2”（%3）</translation>
    </message>
    <message>
        <source>replacing would remove zones that are still referred to: %1; nothing was imported (leave out the replace option to merge, or keep these zones in the file)</source>
        <translation>替换会删除仍被引用的辖区：%1；未导入任何内容（去掉替换选项以合并，或在文件中保留这些辖区）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 in the file, %3 in the store)</source>
        <translation>“%1”（文件中为 %2，库中为 %3）</translation>
    </message>
    <message>
        <source>zones of the file take the names of stored zones with other codes: %1; nothing was imported (give the stored codes with the code property, or replace those zones)</source>
        <translation>文件中的辖区与库中代码不同的辖区重名：%1；未导入任何内容（请用代码属性给出库中的代码，或替换这些辖区）</translation>
    </message>
</context>
<context>
    <name>dispatch::ZoneImport</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>no properties</source>
        <translation>无属性</translation>
    </message>
    <message>
        <source>no property holds a name in every feature; choose the name property (the features have: %1)</source>
        <translation>没有在每个要素中都有名称的属性；请指定名称属性（要素的属性有：%1）</translation>
    </message>
    <message>
        <source>several properties could name the zones (%1): choose the name property (the features have: %2)</source>
        <translation>有多个属性可作辖区名称（%1）：请指定名称属性（要素的属性有：%2）</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; must be a circle tier from 1 to 5, not %2</source>
        <translation>属性“%1”必须是 1 到 5 的圈层，而不是 %2</translation>
    </message>
    <message>
        <source>the default tier must be from 1 to 5, not %1</source>
        <translation>默认圈层必须为 1 到 5，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more feature(s) refused)</source>
        <translation>
            <numerusform>（另有 %n 个要素被拒收）</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no features</source>
        <translation>文件中没有要素</translation>
    </message>
    <message>
        <source>%1: feature %2</source>
        <translation>%1：要素 %2</translation>
    </message>
    <message>
        <source>no name in property &quot;%1&quot; (the feature has: %2)</source>
        <translation>属性“%1”中没有名称（该要素的属性有：%2）</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds no letter or digit to make a code from; give the codes in a property</source>
        <translation>名称“%1”中没有可生成代码的字母或数字；请在属性中给出代码</translation>
    </message>
    <message>
        <source>no code in property &quot;%1&quot; (the feature has: %2)</source>
        <translation>属性“%1”中没有代码（该要素的属性有：%2）</translation>
    </message>
    <message>
        <source>the geometry encloses no area</source>
        <translation>该几何图形不围成任何面积</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also the name of feature %2</source>
        <translation>名称“%1”也是要素 %2 的名称</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; (name &quot;%2&quot;) is also the code of feature %3</source>
        <translation>代码“%1”（名称“%2”）也是要素 %3 的代码</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ctl::CtlContext</name>
    <message>
        <source>Verify SQLite integrity, foreign keys and the event hash chain.</source>
        <translation>校验 SQLite 完整性、外键和事件哈希链。</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>event chain: %1 events, intact</source>
        <translation>事件链：%1 条事件，完好</translation>
    </message>
    <message>
        <source>event chain: BROKEN at event #%1: %2</source>
        <translation>事件链：在事件 #%1 处断裂：%2</translation>
    </message>
    <message>
        <source>Only incidents still open.</source>
        <translation>只列出未结的警情。</translation>
    </message>
    <message>
        <source>At most N incidents, newest first (default 1000).</source>
        <translation>最多 N 条警情，最新的在前（默认 1000）。</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>列出警情，最新的在前。</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起警情</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a store, or upgrade an older one to this version&apos;s schema.</source>
        <translation>创建数据库，或将旧数据库升级到本版本的结构。</translation>
    </message>
    <message>
        <source>created store %1 (schema %2)</source>
        <translation>已创建数据库 %1（结构版本 %2）</translation>
    </message>
    <message>
        <source>upgraded store %1 from schema %2 to %3</source>
        <translation>已将数据库 %1 从结构版本 %2 升级到 %3</translation>
    </message>
    <message>
        <source>store %1 is up to date (schema %2)</source>
        <translation>数据库 %1 已是最新（结构版本 %2）</translation>
    </message>
    <message>
        <source>the store already holds a district; left as it is</source>
        <translation>数据库中已有辖区数据；保持不变</translation>
    </message>
    <message>
        <source>seeded the demo district: %1 zones, %2 police stations, %3 staging points, %4 units, %5 linked agencies, %6 users</source>
        <translation>已写入演示辖区：%1 个辖区，%2 个派出所，%3 个屯警点，%4 个警力单元，%5 个联动单位，%6 个用户</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The display name (add).</source>
        <translation>显示名称（add）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>dispatcher, shift_leader, trainer or admin (add).</source>
        <translation>dispatcher、shift_leader、trainer 或 admin（add）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manage the users of a store.</source>
        <translation>管理数据库中的用户。</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>--username is required</source>
        <translation>需要 --username</translation>
    </message>
    <message>
        <source>--role must be dispatcher, shift_leader, trainer or admin</source>
        <translation>--role 必须为 dispatcher、shift_leader、trainer 或 admin</translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation>已添加用户 %1（%2）</translation>
    </message>
    <message>
        <source>password changed for %1</source>
        <translation>已修改 %1 的密码</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation>需要 --db 路径</translation>
    </message>
    <message>
        <source>Try &apos;dispatchctl --help&apos;.</source>
        <translation>请尝试“dispatchctl --help”。</translation>
    </message>
    <message>
        <source>Triage rules file (default: the built-in rules).</source>
        <translation>研判规则文件（默认：内置规则）。</translation>
    </message>
    <message>
        <source>Triage calls read as JSON Lines on standard input; one JSON line per call on standard output. --db takes the zones (circle tiers) and time zone of a store.</source>
        <translation>从标准输入读取 JSON Lines 格式的来电并研判；每个来电在标准输出写一行 JSON。--db 使用警情库中的片区（快反圈层级）和时区。</translation>
    </message>
    <message>
        <source>the rules file was refused: %1</source>
        <translation>规则文件被拒绝：%1</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>有 %n 行无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Callsign of the unit the positions belong to.</source>
        <translation>定位所属警力的呼号。</translation>
    </message>
    <message>
        <source>Move the track so that it starts at the unit&apos;s current position.</source>
        <translation>平移轨迹，使其从该警力当前位置开始。</translation>
    </message>
    <message>
        <source>The subcommand: replay.</source>
        <translation>子命令：replay。</translation>
    </message>
    <message>
        <source>An NMEA-0183 file.</source>
        <translation>NMEA-0183 文件。</translation>
    </message>
    <message>
        <source>avl replay: feed a recorded NMEA file to a unit through the same decoder as the live feed and store its last good fix; print the fixes used and the sentences rejected.</source>
        <translation>avl replay：用与实时定位相同的解码器将录制的 NMEA 文件回放给某警力，保存其最后一个有效定位；输出采用的定位数及拒收的语句数。</translation>
    </message>
    <message>
        <source>usage: dispatchctl avl replay --db PATH --unit CALLSIGN FILE.nmea</source>
        <translation>用法：dispatchctl avl replay --db 路径 --unit 呼号 文件.nmea</translation>
    </message>
    <message>
        <source>--unit is required</source>
        <translation>必须提供 --unit</translation>
    </message>
    <message>
        <source>no unit with callsign &quot;%1&quot;</source>
        <translation>没有呼号为“%1”的警力</translation>
    </message>
    <message>
        <source>%1 has no position to anchor the track at</source>
        <translation>%1 没有可用于平移轨迹的位置</translation>
    </message>
    <message>
        <source>List every unit with its type, status, last position fix and staleness.</source>
        <translation>列出每个警力的类型、状态、最近定位及是否过期。</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>无位置</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Latitude of the incident.</source>
        <translation>警情纬度。</translation>
    </message>
    <message>
        <source>Longitude of the incident.</source>
        <translation>警情经度。</translation>
    </message>
    <message>
        <source>Category code (taxonomy).</source>
        <translation>警情类别代码（分类表）。</translation>
    </message>
    <message>
        <source>Priority 1 to 4 (default 2).</source>
        <translation>优先级 1 到 4（默认 2）。</translation>
    </message>
    <message>
        <source>Suitable unit types, comma separated (default: every police type).</source>
        <translation>适用的警力类型，逗号分隔（默认：所有警务类型）。</translation>
    </message>
    <message>
        <source>Rank the units for an incident at a point: distance, ETA against the arrival target of the zone&apos;s circle, and the units left out with the reason.</source>
        <translation>为某点的警情排序推荐警力：距离、预计到达时间与所在快反圈到场时限的比较，以及未推荐的警力及原因。</translation>
    </message>
    <message>
        <source>--lat and --lon need a valid latitude and longitude</source>
        <translation>--lat 和 --lon 需要有效的纬度和经度</translation>
    </message>
    <message>
        <source>--priority must be 1 to 4</source>
        <translation>--priority 必须为 1 到 4</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>未知的警力类型“%1”</translation>
    </message>
    <message>
        <source>Zone %1, tier %2: arrival within %3 s; %4 unit(s) needed</source>
        <translation>辖区 %1，圈层 %2：%3 秒内到场；需 %4 个警力</translation>
    </message>
    <message>
        <source>outside every zone</source>
        <translation>不在任何辖区内</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>在处警</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>未推荐：</translation>
    </message>
    <message>
        <source>CALLSIGN</source>
        <translation>呼号</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>圈层 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 vertices</source>
        <translation>
            <numerusform>%n 个辖区，%1 个顶点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s), %2 vertices, names from property &quot;%3&quot;</source>
        <translation>
            <numerusform>%1：%n 个辖区，%2 个顶点，名称取自属性“%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, removed %4</source>
        <translation>新增 %1，更新 %2，未变 %3，删除 %4</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>删除：</translation>
    </message>
    <message>
        <source>The feature property that names the zones (required when several could).</source>
        <translation>给出辖区名称的要素属性（有多个候选时必须指定）。</translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>The feature property that gives the zone codes (default: derived from the names).</source>
        <translation>给出辖区代码的要素属性（默认：由名称生成）。</translation>
    </message>
    <message>
        <source>The feature property that gives the circle tier, 1 to 5 (default: --tier).</source>
        <translation>给出圈层（1 到 5）的要素属性（默认：--tier）。</translation>
    </message>
    <message>
        <source>The circle tier of zones without one, 1 to 5 (default 3).</source>
        <translation>没有圈层的辖区所用圈层，1 到 5（默认 3）。</translation>
    </message>
    <message>
        <source>Also remove the zones the file lacks; refused if an incident or a staging point refers to one.</source>
        <translation>同时删除文件中没有的辖区；若有警情或屯警点引用则拒绝。</translation>
    </message>
    <message>
        <source>list (default) or import.</source>
        <translation>list（默认）或 import。</translation>
    </message>
    <message>
        <source>The GeoJSON FeatureCollection to import.</source>
        <translation>要导入的 GeoJSON FeatureCollection。</translation>
    </message>
    <message>
        <source>List the zones of a store, or import them from a GeoJSON file of Polygon and MultiPolygon features. Zones whose code is already stored are updated in place; new codes are added.</source>
        <translation>列出库中的辖区，或从包含 Polygon 和 MultiPolygon 要素的 GeoJSON 文件导入。代码已存在的辖区就地更新；新代码则新增。</translation>
    </message>
    <message>
        <source>usage: dispatchctl zones list --db PATH [--json]</source>
        <translation>用法：dispatchctl zones list --db 路径 [--json]</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, import)</source>
        <translation>未知操作“%1”（list、import）</translation>
    </message>
    <message>
        <source>usage: dispatchctl zones import --db PATH FILE.geojson [--name-property P] [--code-property P] [--tier-property P] [--tier N] [--replace] [--json]</source>
        <translation>用法：dispatchctl zones import --db 路径 文件.geojson [--name-property 属性] [--code-property 属性] [--tier-property 属性] [--tier N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>--tier must be 1 to 5</source>
        <translation>--tier 必须为 1 到 5</translation>
    </message>
    <message>
        <source>How many incidents.</source>
        <translation>警情数量。</translation>
    </message>
    <message>
        <source>Over how many days, ending today.</source>
        <translation>覆盖的天数，截止到今天。</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same history).</source>
        <translation>随机种子（相同种子生成相同的历史）。</translation>
    </message>
    <message>
        <source>Write a plausible synthetic history (seed 003&apos;s category mix, daily and hourly rhythm, the district&apos;s zones) as closed incidents marked with source GEN.</source>
        <translation>生成一段合理的合成历史（按 003 号资料的类别构成、每日与每小时的节律、本辖区的区域），作为已结警情写入，来源标记为 GEN。</translation>
    </message>
    <message>
        <source>usage: dispatchctl generate --db PATH --incidents N --days D [--seed S] [--json]</source>
        <translation>用法：dispatchctl generate --db 路径 --incidents N --days D [--seed S] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) over %1 day(s) written in %2 ms (import %3, source GEN)</source>
        <translation>
            <numerusform>已写入 %n 起警情，覆盖 %1 天，用时 %2 毫秒（导入批次 %3，来源 GEN）</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping profile (JSON; see resources/import/README.md), or a built-in one: sf-fire-calls.</source>
        <translation>映射配置文件（JSON，见 resources/import/README.md），或内置配置：sf-fire-calls。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The CAD export to import.</source>
        <translation>要导入的 CAD 导出文件。</translation>
    </message>
    <message>
        <source>Import CAD history (closed incidents with their units&apos; times) from a CSV export through a mapping profile. One transaction: bad rows are skipped or stop the import by the profile&apos;s rule; incidents already imported from the same source are left as they are.</source>
        <translation>通过映射配置文件从 CSV 导出中导入 CAD 历史（已结警情及其警力各环节时间）。整个导入为一个事务：坏行按配置文件的规则跳过或中止导入；同一来源已导入的警情保持不变。</translation>
    </message>
    <message>
        <source>usage: dispatchctl import --db PATH --profile FILE CSV [--json]</source>
        <translation>用法：dispatchctl import --db 路径 --profile 文件 CSV [--json]</translation>
    </message>
    <message>
        <source>%1 through profile %2 (source %3)</source>
        <translation>%1，经配置文件 %2（来源 %3）</translation>
    </message>
    <message>
        <source>rows %1 · incidents %2 · unit assignments %3 · rejected %4 · already imported %5</source>
        <translation>行 %1 · 警情 %2 · 警力派遣 %3 · 拒收 %4 · 已导入 %5</translation>
    </message>
    <message>
        <source>received from %1 to %2</source>
        <translation>接警时间自 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad row(s)</source>
        <translation>
            <numerusform>…… 另有 %n 行坏行</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at the first bad row (the profile&apos;s on_bad_row is &quot;stop&quot;): nothing was written</source>
        <translation>在第一个坏行处停止（配置文件的 on_bad_row 为“stop”）：未写入任何内容</translation>
    </message>
    <message>
        <source>%1: n %2, p50 %3 s, p90 %4 s, p95 %5 s, within 1/3/5 min %6 / %7 / %8 %</source>
        <translation>%1：n %2，p50 %3 秒，p90 %4 秒，p95 %5 秒，1/3/5 分钟内 %6 / %7 / %8 %</translation>
    </message>
    <message>
        <source>Received from (ISO date or date-time; local to the centre unless an offset is given).</source>
        <translation>接警起始（ISO 日期或日期时间；未给偏移时按中心本地时间）。</translation>
    </message>
    <message>
        <source>Received before (exclusive; same forms as --from).</source>
        <translation>接警截止（不含；格式同 --from）。</translation>
    </message>
    <message>
        <source>A zone&apos;s code or name (repeatable).</source>
        <translation>辖区代码或名称（可重复）。</translation>
    </message>
    <message>
        <source>A category code (repeatable).</source>
        <translation>类别代码（可重复）。</translation>
    </message>
    <message>
        <source>live, imported, exercise or all (default: live and imported).</source>
        <translation>live、imported、exercise 或 all（默认：live 和 imported）。</translation>
    </message>
    <message>
        <source>The figures of a period: counts by line, category, priority, zone, hour and weekday; intervals to the first unit with p50/p90/p95 and the shares within 1, 3 and 5 minutes; compliance; outcomes; the daily average and trend.</source>
        <translation>某一时段的数据：按报警线路、类别、优先级、辖区、小时和星期的计数；到首个警力的各环节间隔（p50/p90/p95 及 1、3、5 分钟内占比）；达标情况；处置结果；日均量与趋势。</translation>
    </message>
    <message>
        <source>usage: dispatchctl stats --db PATH [--from ISO --to ISO] [--zone Z] [--json]</source>
        <translation>用法：dispatchctl stats --db 路径 [--from ISO --to ISO] [--zone 辖区] [--json]</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO date or date-time</source>
        <translation>--%1：“%2”不是 ISO 日期或日期时间</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to 必须晚于 --from</translation>
    </message>
    <message>
        <source>--zone: no zone with code or name &quot;%1&quot; (dispatchctl zones list)</source>
        <translation>--zone：没有代码或名称为“%1”的辖区（见 dispatchctl zones list）</translation>
    </message>
    <message>
        <source>--origin must be live, imported, exercise or all</source>
        <translation>--origin 必须是 live、imported、exercise 或 all</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n incident(s) over %3 day(s), %4 a day on average (trend %5 a day)</source>
        <translation>
            <numerusform>%1 至 %2：%n 起警情，共 %3 天，日均 %4 起（趋势每天 %5）</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-for within 30 s: %1 of %2 · call to dispatch in time: %3 of %4 · arrival within the own circle: %5 of %6</source>
        <translation>30 秒内签收：%1 / %2 · 按时派警：%3 / %4 · 按本圈层时限到场：%5 / %6</translation>
    </message>
    <message>
        <source>diverted %1 · transferred %2 · merged %3 · cancelled %4 · closed %5</source>
        <translation>分流 %1 · 移交 %2 · 合并 %3 · 撤销 %4 · 结案 %5</translation>
    </message>
    <message>
        <source>The moment the recent window ends (ISO; default now).</source>
        <translation>近期窗口的截止时刻（ISO 格式；默认当前）。</translation>
    </message>
    <message>
        <source>A warning policy file (default: the built-in one).</source>
        <translation>预警策略文件（默认使用内置策略）。</translation>
    </message>
    <message>
        <source>Also write the bulletin as a CAP 1.2 alert to this file.</source>
        <translation>同时将预警通报以 CAP 1.2 格式写入此文件。</translation>
    </message>
    <message>
        <source>Four-colour zone warnings: per zone and category, the last days&apos; volume against the same days of earlier weeks, with the policy&apos;s thresholds.</source>
        <translation>四色预警：按片区和类别，以近期警情量对比此前各周同期，依策略门槛定级。</translation>
    </message>
    <message>
        <source>usage: dispatchctl warnings --db PATH [--as-of ISO] [--policy FILE] [--cap OUT.xml] [--json]</source>
        <translation>用法：dispatchctl warnings --db PATH [--as-of ISO] [--policy FILE] [--cap OUT.xml] [--json]</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not an ISO date or date-time</source>
        <translation>--as-of：&quot;%1&quot; 不是 ISO 日期或日期时间</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Warnings as of %1 (the last %2 days against the same days of the previous %3 weeks): red %4 · orange %5 · yellow %6 of %7 judged</source>
        <translation>截至 %1 的预警（近 %2 天对比前 %3 周同期）：红色 %4 · 橙色 %5 · 黄色 %6，共研判 %7 项</translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of the %2 weeks before this moment (at least %3 are needed); nothing is raised.</source>
        <translation>尚无基线：此前 %2 周中仅有 %1 周有记录（至少需要 %3 周），不发布预警。</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  已超时</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) owed</source>
        <translation>
            <numerusform>共 %n 项待办</numerusform>
        </translation>
    </message>
    <message>
        <source>Any day of the week (Monday to Sunday) to report (default: this week).</source>
        <translation>所报周（周一至周日）中的任意一天（默认本周）。</translation>
    </message>
    <message>
        <source>The repeat-incident ledger&apos;s weekly bulletin: entries opened, still open and closed in the week.</source>
        <translation>重复警情台账周通报：本周新增、在办和销号的台账。</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message numerus="yes">
        <source>handovers: %n accepted, unchanged</source>
        <translation>
            <numerusform>交接班：%n 份已确认，未被改动</numerusform>
        </translation>
    </message>
    <message>
        <source>handovers: %1</source>
        <translation>交接班：%1</translation>
    </message>
    <message>
        <source>The end of the shift to report (ISO date-time; a moment inside a shift reports that shift as of then).</source>
        <translation>要报告的班次结束时间（ISO 日期时间；若为班次中的某一时刻，则报告该班次截至该时刻的情况）。</translation>
    </message>
    <message>
        <source>Also write the report as an A4 PDF to this file.</source>
        <translation>同时将报告写成 A4 PDF 文件。</translation>
    </message>
    <message>
        <source>The handover report of a shift: its figures, everything carried over with owner and clock, the units, the notable events; with the signatures when the handover is stored.</source>
        <translation>班次交接班报告：本班数据、移交事项（含责任方和时限）、警力和重要情况；已保存的交接班附带签字。</translation>
    </message>
    <message>
        <source>usage: dispatchctl handover --db PATH --shift-end ISO [--json] [--pdf OUT.pdf]</source>
        <translation>用法：dispatchctl handover --db PATH --shift-end ISO [--json] [--pdf OUT.pdf]</translation>
    </message>
    <message>
        <source>--shift-end: &quot;%1&quot; is not an ISO date-time</source>
        <translation>--shift-end：“%1”不是 ISO 日期时间</translation>
    </message>
    <message>
        <source>no shift of the centre&apos;s pattern at %1</source>
        <translation>%1 不属于本中心班次安排中的任何班次</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls · %2 carried over (%3 overdue) · %4 breaches · %5 notable events</source>
        <translation>接警 %1 · 移交事项 %2（超时 %3）· 超时 %4 次 · 重要情况 %5 条</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>演练脚本文件（JSON）。</translation>
    </message>
    <message>
        <source>Where to write the training store (a new file; default: a temporary one).</source>
        <translation>训练库的写入位置（新文件；默认为临时文件）。</translation>
    </message>
    <message>
        <source>Only &quot;max&quot;: headless runs go as fast as they can.</source>
        <translation>只能为“max”：无界面运行尽可能快。</translation>
    </message>
    <message>
        <source>An automatic dispatcher takes every call (triage&apos;s proposal, the recommendation&apos;s top unit).</source>
        <translation>由自动调度员接听每个来电（采用研判建议和推荐的首选单位）。</translation>
    </message>
    <message>
        <source>The seed of the run (default 1): the same seed gives the same run.</source>
        <translation>运行的随机种子（默认1）：相同种子得到相同的运行。</translation>
    </message>
    <message>
        <source>Seconds between a travelling unit&apos;s position reports (default 0: on arrival only).</source>
        <translation>行进中单位上报位置的间隔秒数（默认0：仅到达时上报）。</translation>
    </message>
    <message>
        <source>Run a training scenario headless on a new training store and print its metrics.</source>
        <translation>在新训练库上无界面运行演练脚本并输出其指标。</translation>
    </message>
    <message>
        <source>usage: dispatchctl simulate --scenario FILE [--db PATH] --speed max [--auto-dispatch] [--seed N] [--json]</source>
        <translation>用法：dispatchctl simulate --scenario 文件 [--db 路径] --speed max [--auto-dispatch] [--seed N] [--json]</translation>
    </message>
    <message>
        <source>--speed: headless runs go at &quot;max&quot; only (the desk has 1× to 60×)</source>
        <translation>--speed：无界面运行只能为“max”（席位上有 1× 至 60×）</translation>
    </message>
    <message>
        <source>--seed: a whole number</source>
        <translation>--seed：须为整数</translation>
    </message>
    <message>
        <source>--positions: seconds, 0 or more</source>
        <translation>--positions：秒数，0或以上</translation>
    </message>
    <message>
        <source>seed %1 · %2 incidents · %3 dispatched · %4 events in %5 ms · score %6</source>
        <translation>种子 %1 · %2 起警情 · %3 起已派警 · %4 个事件，用时 %5 毫秒 · 得分 %6</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Start of the period (ISO, centre-local unless it has an offset).</source>
        <translation>时段开始（ISO；未带偏移时按中心当地时间）。</translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation>时段结束（不含）。</translation>
    </message>
    <message>
        <source>The scenario file to write.</source>
        <translation>要写入的演练脚本文件。</translation>
    </message>
    <message>
        <source>The scenario&apos;s title.</source>
        <translation>演练脚本的标题。</translation>
    </message>
    <message>
        <source>Training scenarios: &quot;check FILE&quot; validates one (every problem with its JSON path); &quot;from-history&quot; writes one from a period of stored history.</source>
        <translation>演练脚本：“check 文件”校验脚本（列出每个问题及其 JSON 路径）；“from-history”根据库中某时段的历史生成脚本。</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario check FILE</source>
        <translation>用法：dispatchctl scenario check 文件</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 calls, %4 min</source>
        <translation>%1：%2 个事件，%3 个来电，%4 分钟</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario check FILE | from-history --db PATH --from ISO --to ISO --out FILE</source>
        <translation>用法：dispatchctl scenario check 文件 | from-history --db 路径 --from ISO --to ISO --out 文件</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario from-history --db PATH --from ISO --to ISO --out FILE</source>
        <translation>用法：dispatchctl scenario from-history --db 路径 --from ISO --to ISO --out 文件</translation>
    </message>
    <message>
        <source>--from and --to: ISO dates or date-times, --from before --to</source>
        <translation>--from 和 --to：ISO 日期或日期时间，--from 须早于 --to</translation>
    </message>
    <message>
        <source>wrote %1: %2 calls over %3 min</source>
        <translation>已写入 %1：%3 分钟内 %2 个来电</translation>
    </message>
    <message>
        <source>the store as it was before the upgrade is kept in %1</source>
        <translation>升级前的数据库已保存在 %1</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是 JSON：%3</translation>
    </message>
    <message>
        <source>%1: a call is one JSON object</source>
        <translation>%1：一个来电应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be %3</source>
        <translation>%1：字段“%2”必须为%3</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1: field &quot;text&quot; is required: what the caller says happened</source>
        <translation>%1：必须提供字段“text”：报警人所述情况</translation>
    </message>
    <message>
        <source>%1: give both &quot;lat&quot; and &quot;lon&quot;, or neither</source>
        <translation>%1：“lat”和“lon”须同时提供或都不提供</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>%1: %2, %3 is not a place on Earth</source>
        <translation>%1：%2, %3 不是地球上的位置</translation>
    </message>
    <message>
        <source>1, 2, 3 or 4</source>
        <translation>1、2、3 或 4</translation>
    </message>
    <message>
        <source>Take the call as a new incident even when it may be a duplicate.</source>
        <translation>即使可能是重复报警，也作为新警情受理。</translation>
    </message>
    <message>
        <source>Add the call to this open incident as a further caller instead.</source>
        <translation>改为将该来电作为补充报警人并入此未结警情。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The call as a JSON object (default: standard input).</source>
        <translation>以 JSON 对象表示的来电（默认：标准输入）。</translation>
    </message>
    <message>
        <source>call: take a call — {&quot;line&quot;,&quot;phone&quot;,&quot;name&quot;,&quot;address&quot;,&quot;lat&quot;,&quot;lon&quot;,&quot;text&quot;,&quot;category&quot;,&quot;priority&quot;,&quot;divert_to&quot;}, only &quot;text&quot; required; what it does not say is proposed by triage. Prints the incident&apos;s number; when earlier open incidents may be the same event, lists them and takes nothing (exit 3) unless --new or --caller-of says what to do.</source>
        <translation>call：受理来电 — {&quot;line&quot;,&quot;phone&quot;,&quot;name&quot;,&quot;address&quot;,&quot;lat&quot;,&quot;lon&quot;,&quot;text&quot;,&quot;category&quot;,&quot;priority&quot;,&quot;divert_to&quot;}，只有 &quot;text&quot; 必填；未给出的内容由研判建议。输出警情编号；若已有未结警情可能是同一事件，则列出这些警情且不受理（退出码 3），除非用 --new 或 --caller-of 指明处理方式。</translation>
    </message>
    <message>
        <source>usage: dispatchctl call --db PATH [FILE.json]</source>
        <translation>用法：dispatchctl call --db 路径 [文件.json]</translation>
    </message>
    <message>
        <source>--new and --caller-of exclude each other</source>
        <translation>--new 与 --caller-of 不能同时使用</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>no open incident %1</source>
        <translation>没有未结警情 %1</translation>
    </message>
    <message>
        <source>added as a further caller to %1</source>
        <translation>已作为补充报警人并入 %1</translation>
    </message>
    <message>
        <source>  (%1 m away)</source>
        <translation>  （相距 %1 米）</translation>
    </message>
    <message numerus="yes">
        <source>not taken: %n open incident(s) may be the same event; take it with --new, or as a further caller with --caller-of NUMBER</source>
        <translation>
            <numerusform>未受理：%n 起未结警情可能是同一事件；用 --new 作为新警情受理，或用 --caller-of 编号 作为补充报警人并入</numerusform>
        </translation>
    </message>
    <message>
        <source>The open incident&apos;s number.</source>
        <translation>未结警情的编号。</translation>
    </message>
    <message>
        <source>A unit to send (repeat for several).</source>
        <translation>要派出的警力（可重复指定多个）。</translation>
    </message>
    <message>
        <source>Take units committed to another incident (as a desk confirms).</source>
        <translation>改派正在处置其他警情的警力（相当于席位上的确认）。</translation>
    </message>
    <message>
        <source>dispatch: send units to an open incident, under the desk&apos;s rules.</source>
        <translation>dispatch：按席位的规则向未结警情派出警力。</translation>
    </message>
    <message>
        <source>usage: dispatchctl dispatch --db PATH --incident NUMBER --unit CALLSIGN [--unit …]</source>
        <translation>用法：dispatchctl dispatch --db 路径 --incident 编号 --unit 呼号 [--unit …]</translation>
    </message>
    <message>
        <source>dispatched %1 to %2</source>
        <translation>已派 %1 前往 %2</translation>
    </message>
    <message>
        <source>The unit&apos;s callsign.</source>
        <translation>警力的呼号。</translation>
    </message>
    <message>
        <source>signed_for, en_route, on_scene or clear.</source>
        <translation>signed_for、en_route、on_scene 或 clear。</translation>
    </message>
    <message>
        <source>step: a unit&apos;s step on its incident (signed for, en route, on scene) or its clearing, as the unit reports it.</source>
        <translation>step：按警力上报登记其在警情上的环节（签收、出警途中、到达现场）或清警。</translation>
    </message>
    <message>
        <source>usage: dispatchctl step --db PATH --unit CALLSIGN signed_for|en_route|on_scene|clear</source>
        <translation>用法：dispatchctl step --db 路径 --unit 呼号 signed_for|en_route|on_scene|clear</translation>
    </message>
    <message>
        <source>Act as this user (the password is read from the DISPATCH_PASSWORD environment variable).</source>
        <translation>以该用户身份操作（密码从环境变量 DISPATCH_PASSWORD 读取）。</translation>
    </message>
    <message>
        <source>Act as this tool, named on every event (default: dispatchctl).</source>
        <translation>以该工具身份操作，记入每条事件（默认：dispatchctl）。</translation>
    </message>
    <message>
        <source>The desk named on every event (default: dispatchctl@HOST).</source>
        <translation>记入每条事件的席位名称（默认：dispatchctl@主机名）。</translation>
    </message>
    <message>
        <source>--user and --tool exclude each other</source>
        <translation>--user 与 --tool 不能同时使用</translation>
    </message>
    <message>
        <source>--user needs the password in the DISPATCH_PASSWORD environment variable</source>
        <translation>--user 需要在环境变量 DISPATCH_PASSWORD 中提供密码</translation>
    </message>
    <message>
        <source>--tool needs a name</source>
        <translation>--tool 需要一个名称</translation>
    </message>
    <message>
        <source>desks: every desk that has written to the store, who is signed in there and since when, and when the desk last wrote (a desk that stopped without signing out shows its last sign-in; its last write tells how long ago it was seen).</source>
        <translation>desks：列出写入过本库的每个席位、当前在该席位登录的人员及登录时间，以及该席位最后一次写入的时间（未注销就停止的席位显示其最后一次登录；最后一次写入说明多久以前还在使用）。</translation>
    </message>
    <message>
        <source>%1 signed in since %2</source>
        <translation>%1 自 %2 起在岗登录</translation>
    </message>
    <message>
        <source>nobody has signed in here</source>
        <translation>尚无人在此登录</translation>
    </message>
    <message>
        <source>signed out (%1 at %2)</source>
        <translation>已注销（%1，%2）</translation>
    </message>
    <message>
        <source>last event %1</source>
        <translation>最后事件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s), %1 signed in</source>
        <translation>
            <numerusform>共 %n 个席位，%1 个在岗</numerusform>
        </translation>
    </message>
    <message>
        <source>The store: a file, or a centre&apos;s server as postgresql://user@host/database.</source>
        <translation>数据库：一个文件，或指挥中心的服务器，写作 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>The centre&apos;s training database (postgresql://…/dispatch_training).</source>
        <translation>中心的训练数据库（postgresql://…/dispatch_training）。</translation>
    </message>
    <message>
        <source>Drop this exercise (its schema, as listed) and everything in it.</source>
        <translation>删除此演练（按列出的模式名）及其全部内容。</translation>
    </message>
    <message>
        <source>exercises: the exercises held in a training database on the server, with their scenario, trainees and where their time stands; --drop removes one.</source>
        <translation>exercises：服务器训练数据库中存放的演练，列出其想定、学员和当前演练时间；--drop 删除其中一个。</translation>
    </message>
    <message>
        <source>--db must name the centre&apos;s training database on the server (postgresql://…)</source>
        <translation>--db 必须指明服务器上中心的训练数据库（postgresql://…）</translation>
    </message>
    <message>
        <source>no exercise %1 in this training database (dispatchctl exercises --db … lists them)</source>
        <translation>该训练数据库中没有演练 %1（用 dispatchctl exercises --db … 列出）</translation>
    </message>
    <message>
        <source>the exercise %1 could not be dropped</source>
        <translation>演练 %1 未能删除</translation>
    </message>
    <message>
        <source>dropped %1 (%2)</source>
        <translation>已删除 %1（%2）</translation>
    </message>
    <message>
        <source>trainees: %1</source>
        <translation>学员：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>暂停于 %1</translation>
    </message>
    <message>
        <source>running, at %1</source>
        <translation>进行中，当前 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n 个演练</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The user name (add, passwd, unlock).</source>
        <translation>用户名（add、passwd、unlock）。</translation>
    </message>
    <message>
        <source>How long five failed sign-ins lock an account (policy).</source>
        <translation>连续五次登录失败后账户锁定的时长（policy）。</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>How long a desk may stay untouched before it locks (policy).</source>
        <translation>坐席无操作多久后自动锁屏（policy）。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, add, passwd, unlock, policy)</source>
        <translation>未知操作“%1”（list、add、passwd、unlock、policy）</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>已解锁 %1</translation>
    </message>
    <message>
        <source>How long before its shift&apos;s end a handover may be signed (policy).</source>
        <translation>班次结束前多久可以签署交接班（policy）。</translation>
    </message>
    <message>
        <source>--lock-minutes, --idle-minutes and --sign-minutes take a number of minutes</source>
        <translation>--lock-minutes、--idle-minutes 和 --sign-minutes 取分钟数</translation>
    </message>
    <message>
        <source>an account locks for %1 min after %2 failed sign-ins; a desk locks after %3 min untouched; a handover is signed from %4 min before its shift&apos;s end</source>
        <translation>连续 %2 次登录失败后账户锁定 %1 分钟；坐席无操作 %3 分钟后锁屏；交接班自班次结束前 %4 分钟起可签字</translation>
    </message>
    <message numerus="yes">
        <source>the store is damaged (%1, and %n more finding(s)); nothing was written. dispatchctl check names what is wrong; restore it from a backup</source>
        <translation>
            <numerusform>数据库已损坏（%1，另有 %n 项发现）；未写入任何内容。dispatchctl check 会指出问题所在；请从备份恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 fix(es) used, %3 sentence(s) rejected (garbage %4, bad checksum %5, no fix %6, implausible %7), %8 other sentence(s) and %9 comment line(s) ignored; last fix %10 stored</source>
        <translation>%1：采用 %2 个定位，拒收 %3 条语句（乱码 %4，校验错误 %5，无定位 %6，不合理 %7），忽略其他语句 %8 条及注释 %9 行；已保存最后定位 %10</translation>
    </message>
    <message>
        <source>list (default), add, passwd, unlock or policy; add and passwd read the new password from the next line of standard input (after the administrator&apos;s).</source>
        <translation>list（默认）、add、passwd、unlock 或 policy；add 和 passwd 从标准输入的下一行读取新密码（在管理员密码之后）。</translation>
    </message>
    <message>
        <source>The administrator who signs in for this change; the password is the first line of standard input.</source>
        <translation>为此项更改登录的管理员；密码为标准输入的第一行。</translation>
    </message>
    <message>
        <source>this changes the store: --admin NAME (an administrator or a shift leader) is required, with the password on the first line of standard input</source>
        <translation>此命令会更改数据库：需要 --admin 用户名（管理员或值班长），密码放在标准输入的第一行</translation>
    </message>
    <message>
        <source>this changes the store: --admin NAME (an administrator) is required, with the password on the first line of standard input</source>
        <translation>此命令会更改数据库：需要 --admin 用户名（管理员），密码放在标准输入的第一行</translation>
    </message>
    <message>
        <source>--admin needs the password on the first line of standard input</source>
        <translation>--admin 需要在标准输入的第一行提供密码</translation>
    </message>
    <message>
        <source>%1 is not an administrator or a shift leader</source>
        <translation>%1 不是管理员或值班长</translation>
    </message>
    <message>
        <source>%1 is not an administrator</source>
        <translation>%1 不是管理员</translation>
    </message>
    <message numerus="yes">
        <source>guards: %n trigger(s), in place</source>
        <translation>
            <numerusform>保护触发器：%n 个，均完好</numerusform>
        </translation>
    </message>
    <message>
        <source>guards: %1 (a desk makes it again when it opens the store)</source>
        <translation>保护触发器：%1（席位打开数据库时会重建）</translation>
    </message>
    <message>
        <source>guards: restored %1</source>
        <translation>保护触发器：曾重建（%1）</translation>
    </message>
    <message>
        <source>Also prove the log still extends every head anchored in this file (dispatchctl anchor).</source>
        <translation>同时证明日志仍延续此文件中锚定的每个链头（dispatchctl anchor）。</translation>
    </message>
    <message numerus="yes">
        <source>anchors: the log extends all %n anchored head(s)</source>
        <translation>
            <numerusform>锚点：日志延续全部 %n 个锚定链头</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: %1</source>
        <translation>锚点：%1</translation>
    </message>
    <message>
        <source>Append the anchor to this file (made readable by its owner only).</source>
        <translation>将锚点追加到此文件（仅文件所有者可读）。</translation>
    </message>
    <message>
        <source>anchor: print the head of the event chain (&quot;SEQ HASH TIME&quot;) to be kept outside the store: on paper, in another system, or appended to a file on another machine. dispatchctl check --anchors FILE proves the log still extends every anchored head.</source>
        <translation>anchor：输出事件链的链头（“序号 散列 时间”），保存在数据库之外：纸面、其他系统，或追加到另一台机器上的文件。dispatchctl check --anchors 文件 可证明日志仍延续每个锚定的链头。</translation>
    </message>
    <message>
        <source>the event log is empty: nothing to anchor yet</source>
        <translation>事件日志为空：尚无可锚定的内容</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>无法追加到 %1：%2</translation>
    </message>
    <message>
        <source>event chain: the content of %1 keyed events was not verified: this check has not got the centre&apos;s key (DISPATCH_CHAIN_KEY)</source>
        <translation>事件链：%1 条加密钥事件的内容未能验证：本次检查没有中心的密钥（DISPATCH_CHAIN_KEY）</translation>
    </message>
    <message>
        <source>Where to write the key (default: STORE.key beside a store file).</source>
        <translation>密钥写入位置（默认：数据库文件旁的“数据库名.key”）。</translation>
    </message>
    <message>
        <source>Make the store&apos;s key.</source>
        <translation>生成数据库的密钥。</translation>
    </message>
    <message>
        <source>key init: make the centre&apos;s key for the event log. From the next event on, every event&apos;s hash is an HMAC under it, so that a log rewritten by someone who can write the store but has not got the key does not verify. Keep the file readable by the desks&apos; accounts only, and a copy apart from the store&apos;s backups; every desk and dispatchctl finds it in DISPATCH_CHAIN_KEY or as STORE.key.</source>
        <translation>key init：生成中心的事件日志密钥。自下一条事件起，每条事件的散列都是以该密钥计算的 HMAC，因此能写数据库却没有密钥的人改写日志后无法通过验证。密钥文件只允许各席位的账户读取，并在数据库备份之外另存一份；各席位和 dispatchctl 从 DISPATCH_CHAIN_KEY 或“数据库名.key”找到它。</translation>
    </message>
    <message>
        <source>usage: dispatchctl key init --db PATH [--out FILE] --admin NAME</source>
        <translation>用法：dispatchctl key init --db 路径 [--out 文件] --admin 用户名</translation>
    </message>
    <message>
        <source>a server&apos;s store needs --out FILE</source>
        <translation>服务器上的数据库需要 --out 文件</translation>
    </message>
    <message>
        <source>this store&apos;s log is keyed already (its key was found): a store is keyed once</source>
        <translation>本数据库的日志已加密钥（已找到其密钥）：每个数据库只加一次密钥</translation>
    </message>
    <message>
        <source>wrote %1: the event log is keyed from event #%2 on</source>
        <translation>已写入 %1：事件日志自事件 #%2 起加密钥</translation>
    </message>
    <message numerus="yes">
        <source>state: %n incident(s) as the log left them</source>
        <translation>
            <numerusform>状态：%n 起警情与日志一致</numerusform>
        </translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Everything still owed after the call (%1): who owes it, since when and by when, the overdue first.</source>
        <translation>警情处置后仍待办的全部事项（%1）：由谁负责、自何时起、期限为何，逾期的排在最前。</translation>
    </message>
    <message numerus="yes">
        <source>state: %n unit assignment(s) as the log left them</source>
        <translation>
            <numerusform>状态：%n 条派警记录与日志一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n follow-up item(s) as the log left them</source>
        <translation>
            <numerusform>状态：%n 件跟进事项与日志一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n row(s) of the follow-up lists as the log left them</source>
        <translation>
            <numerusform>状态：后续跟踪清单的 %n 条记录与日志一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n clock(s) and sign-for stamp(s) as the log left them</source>
        <translation>
            <numerusform>状态：%n 个时钟及签收标记与日志一致</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident to write as an EIDO, by its number.</source>
        <translation>按编号导出为 EIDO 的警情。</translation>
    </message>
    <message>
        <source>Every incident received from this moment (ISO, the centre&apos;s time).</source>
        <translation>自此时刻起接警的每起警情（ISO，中心时间）。</translation>
    </message>
    <message>
        <source>… until this moment (exclusive; default now).</source>
        <translation>……至此时刻（不含；默认现在）。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件而非标准输出。</translation>
    </message>
    <message>
        <source>Write incidents as NENA EIDO 1.0 JSON (NENA-STA-021) to hand them to another centre: one incident as an object (--eido NUMBER), or the incidents taken at the desks in a period as an array (--from ISO [--to ISO]). Nothing in the store changes.</source>
        <translation>将警情写成 NENA EIDO 1.0 JSON（NENA-STA-021）以移交其他中心：一起警情为一个对象（--eido 编号），或一段时间内各席位接报的警情为数组（--from ISO [--to ISO]）。库中不做任何改动。</translation>
    </message>
    <message>
        <source>usage: dispatchctl export --db PATH (--eido NUMBER | --from ISO [--to ISO]) [--out FILE]</source>
        <translation>用法：dispatchctl export --db 路径 (--eido 编号 | --from ISO [--to ISO]) [--out 文件]</translation>
    </message>
    <message>
        <source>--from: a date or date-time expected, found &quot;%1&quot;</source>
        <translation>--from：应为日期或日期时间，实为“%1”</translation>
    </message>
    <message>
        <source>--to: a date or date-time expected, found &quot;%1&quot;</source>
        <translation>--to：应为日期或日期时间，实为“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 起警情到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The EIDO file (one object, or an array of them).</source>
        <translation>EIDO 文件（一个对象或其数组）。</translation>
    </message>
    <message>
        <source>The line the incidents come in on: instruction (default) or 12345.</source>
        <translation>警情接入的线路：instruction（默认）或 12345。</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Take in incidents handed over by another centre as NENA EIDO JSON: each becomes an open incident on the line instruction or 12345, keeping the sender&apos;s id. All or none: a document that cannot be read, one already taken in or this centre&apos;s own stops the whole file.</source>
        <translation>接收其他中心以 NENA EIDO JSON 移交的警情：每起成为 instruction 或 12345 线路上的一起未结警情，保留发送方的标识。要么全收要么全不收：无法读取的文档、已接收过的或本中心自己的警情都会使整个文件不被接收。</translation>
    </message>
    <message>
        <source>usage: dispatchctl import --db PATH --eido FILE [--line instruction|12345] [--json]</source>
        <translation>用法：dispatchctl import --db 路径 --eido 文件 [--line instruction|12345] [--json]</translation>
    </message>
    <message>
        <source>%1 taken in as incident %2 (from %3)</source>
        <translation>%1 已接收为警情 %2（来自 %3）</translation>
    </message>
    <message>
        <source>Move the recording&apos;s times so that its last event is now (a recorded day shown on today&apos;s desk).</source>
        <translation>平移录制时间，使最后一个事件为当前时刻（将录制的一天作为今天在席位上演示）。</translation>
    </message>
    <message>
        <source>The switch&apos;s events, JSON Lines, each with its time.</source>
        <translation>交换机事件，JSON Lines，每行带时间。</translation>
    </message>
    <message>
        <source>cti replay: write a recorded day of the telephone switch&apos;s events (JSON Lines, the desk&apos;s --cti-listen format, every line with its time) into the store, all or none: the calls, the abandoned ones owed a call back, the answer figures.</source>
        <translation>cti replay：把录制的一天电话交换机事件（JSON Lines，与席位 --cti-listen 格式相同，每行带时间）写入数据库，全部写入或全不写入：来电、待回拨的未接来电、接听统计。</translation>
    </message>
    <message>
        <source>usage: dispatchctl cti replay --db PATH [--to-now] FILE.jsonl</source>
        <translation>用法：dispatchctl cti replay --db 路径 [--to-now] 文件.jsonl</translation>
    </message>
    <message>
        <source>%1: the recording ends in the future (%2); --to-now moves it to end now</source>
        <translation>%1：录制结束于将来（%2）；--to-now 可将其移至现在结束</translation>
    </message>
    <message>
        <source>%1: %2 event(s) from %3 to %4; %5 call(s) rang, %6 abandoned (owed a call back); %7 event(s) refused as a desk would (a second ring, a location of an unknown call)</source>
        <translation>%1：%2 个事件，%3 至 %4；来电 %5 个，未接 %6 个（待回拨）；按席位规则拒收 %7 个事件（重复振铃、未知来电的位置）</translation>
    </message>
    <message>
        <source>no map loaded (dispatchctl map import --db PATH FILE.osm.pbf)</source>
        <translation>尚未加载地图（dispatchctl map import --db 路径 文件.osm.pbf）</translation>
    </message>
    <message>
        <source>map from %1 (SHA-256 %2), loaded %3 by %4</source>
        <translation>地图来自 %1（SHA-256 %2），%3 由 %4 加载</translation>
    </message>
    <message>
        <source>%1 roads (%2 named, %3 one-way); %4 addresses, %5 points of interest, %6 named places; %7 water and %8 green areas</source>
        <translation>道路 %1 条（有名称 %2 条，单行 %3 条）；门址 %4 个，兴趣点 %5 个，地名 %6 个；水域 %7 处，绿地 %8 处</translation>
    </message>
    <message>
        <source>usage: dispatchctl map info --db PATH [--json]</source>
        <translation>用法：dispatchctl map info --db 路径 [--json]</translation>
    </message>
    <message>
        <source>usage: dispatchctl map import --db PATH [--admin NAME] FILE.osm.pbf|FILE.osm [--json]</source>
        <translation>用法：dispatchctl map import --db 路径 [--admin 用户名] 文件.osm.pbf|文件.osm [--json]</translation>
    </message>
    <message>
        <source>map: %1 % read</source>
        <translation>地图：已读取 %1%</translation>
    </message>
    <message>
        <source>Where the route starts.</source>
        <translation>路线起点。</translation>
    </message>
    <message>
        <source>Where the route ends.</source>
        <translation>路线终点。</translation>
    </message>
    <message>
        <source>The unit&apos;s type: foot and mediator walk, others drive.</source>
        <translation>警力类型：foot 与 mediator 步行，其余驾车。</translation>
    </message>
    <message>
        <source>The fastest route by the roads of the centre&apos;s map: seconds, metres, the roads followed, and (--json) the path as a GeoJSON LineString.</source>
        <translation>按本中心地图道路的最快路线：秒数、米数、途经道路，以及（--json）GeoJSON LineString 形式的路径。</translation>
    </message>
    <message>
        <source>usage: dispatchctl route --db PATH --from LAT,LON --to LAT,LON [--unit-type T] [--json]</source>
        <translation>用法：dispatchctl route --db 路径 --from 纬度,经度 --to 纬度,经度 [--unit-type 类型] [--json]</translation>
    </message>
    <message>
        <source>%1 s (%2 min), %3 m by road (%4 m of it to and from the nearest road); by %5</source>
        <translation>%1 秒（%2 分钟），沿路 %3 米（其中往返最近道路 %4 米）；途经 %5</translation>
    </message>
    <message>
        <source>unnamed roads</source>
        <translation>无名道路</translation>
    </message>
    <message>
        <source>by road</source>
        <translation>沿路</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>直线</translation>
    </message>
    <message>
        <source>address list %1 (SHA-256 %2), loaded %3 by %4: %5 addresses</source>
        <translation>地址清单 %1（SHA-256 %2），%3 由 %4 导入：%5 条地址</translation>
    </message>
    <message>
        <source>%1 addresses confirmed by incidents</source>
        <translation>%1 条地址经警情确认</translation>
    </message>
    <message>
        <source>addresses: the list&apos;s columns and encoding (JSON, see README).</source>
        <translation>addresses：清单的列与编码（JSON，见 README）。</translation>
    </message>
    <message>
        <source>usage: dispatchctl map addresses --db PATH [--admin NAME] [--profile P.json] FILE.csv [--json]</source>
        <translation>用法：dispatchctl map addresses --db PATH [--admin NAME] [--profile P.json] FILE.csv [--json]</translation>
    </message>
    <message>
        <source>At most this many places (default 10).</source>
        <translation>最多列出这么多个地点（默认 10）。</translation>
    </message>
    <message>
        <source>An address or a place&apos;s name, as a caller says it.</source>
        <translation>报警人所说的地址或地名。</translation>
    </message>
    <message>
        <source>The places of the gazetteer for an address or a name, best first, as the intake form offers them: each with its position, zone and response circle.</source>
        <translation>按地址或名称查地名库中的地点，最佳在前，与接警表单所列相同：各带位置、辖区与响应圈。</translation>
    </message>
    <message>
        <source>usage: dispatchctl geocode --db PATH &quot;TEXT&quot; [--limit 1..100] [--json]</source>
        <translation>用法：dispatchctl geocode --db PATH &quot;文字&quot; [--limit 1..100] [--json]</translation>
    </message>
    <message>
        <source>no place of the gazetteer matches</source>
        <translation>地名库中没有匹配的地点</translation>
    </message>
    <message>
        <source>zone %1, circle %2</source>
        <translation>辖区 %1，%2 分钟圈</translation>
    </message>
    <message>
        <source>cannot read the sites: %1</source>
        <translation>无法读取点位文件：%1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection (%1)</source>
        <translation>不是 GeoJSON FeatureCollection（%1）</translation>
    </message>
    <message>
        <source>features[%1]: a Point is needed</source>
        <translation>features[%1]：需要 Point</translation>
    </message>
    <message>
        <source>features[%1]: the coordinates are not longitude, latitude</source>
        <translation>features[%1]：坐标不是经度、纬度</translation>
    </message>
    <message>
        <source>the file has no site</source>
        <translation>文件中没有点位</translation>
    </message>
    <message>
        <source>How many sites to choose.</source>
        <translation>要选的点位数。</translation>
    </message>
    <message>
        <source>Codes of existing sites that stay (comma-separated).</source>
        <translation>保留的现有点位编号（逗号分隔）。</translation>
    </message>
    <message>
        <source>Seconds within which an incident counts as reached (default 300).</source>
        <translation>警情在多少秒内到达算作覆盖（默认 300）。</translation>
    </message>
    <message>
        <source>Incidents received from (ISO; default a year before --to).</source>
        <translation>警情接警时间起（ISO；默认 --to 之前一年）。</translation>
    </message>
    <message>
        <source>Incidents received before (ISO; default now).</source>
        <translation>警情接警时间止（ISO；默认现在）。</translation>
    </message>
    <message>
        <source>The existing sites from a GeoJSON file of points (default: the store&apos;s staging points).</source>
        <translation>从点状 GeoJSON 文件读取现有点位（默认：库中的屯警点）。</translation>
    </message>
    <message>
        <source>Choose among the existing sites only.</source>
        <translation>只在现有点位中选。</translation>
    </message>
    <message>
        <source>Among the best covers, prefer the one reaching most incidents from a second site.</source>
        <translation>在最佳覆盖方案中，优先选第二点位也能到达最多警情的方案。</translation>
    </message>
    <message>
        <source>Road nodes offered as new sites, one per square of this side in metres (default 400).</source>
        <translation>作为新点位候选的道路节点：每个边长为此米数的方格取一个（默认 400）。</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit in seconds (default 60).</source>
        <translation>求解器时限（秒，默认 60）。</translation>
    </message>
    <message>
        <source>Write the chosen sites to this GeoJSON file.</source>
        <translation>将所选点位写入此 GeoJSON 文件。</translation>
    </message>
    <message>
        <source>Where to put staging points (科学布点): from the incidents of a period and the map&apos;s roads, the sites that reach the most incidents within the target (maximal covering, solved by GLPK), with the coverage of the existing sites beside it, by zone.</source>
        <translation>科学布点：依据某时段的警情和地图道路，选出在目标时间内能到达最多警情的点位（最大覆盖模型，由 GLPK 求解），并按辖区列出现有点位的覆盖作对比。</translation>
    </message>
    <message>
        <source>usage: dispatchctl siting --db PATH --points N [--keep CODES] [--target SECONDS] [--from ISO --to ISO] [--sites FILE.geojson] [--among-existing] [--backup] [--spacing METRES] [--time-limit SECONDS] [--geojson OUT] [--json]</source>
        <translation>用法：dispatchctl siting --db PATH --points N [--keep CODES] [--target SECONDS] [--from ISO --to ISO] [--sites FILE.geojson] [--among-existing] [--backup] [--spacing METRES] [--time-limit SECONDS] [--geojson OUT] [--json]</translation>
    </message>
    <message>
        <source>%1 incidents with a position (%2 off the map&apos;s roads); target %3 s; %4 candidate sites</source>
        <translation>有位置的警情 %1 起（其中 %2 起不在地图道路附近）；目标 %3 秒；候选点位 %4 个</translation>
    </message>
    <message>
        <source>now, from %1 existing sites on the roads: %2 reached (%3 %), %4 by two</source>
        <translation>现状，道路上的 %1 个现有点位：到达 %2 起（%3 %），其中 %4 起有两个点位可达</translation>
    </message>
    <message>
        <source>proposed, %1 sites: %2 reached (%3 %), %4 by two</source>
        <translation>建议方案，%1 个点位：到达 %2 起（%3 %），其中 %4 起有两个点位可达</translation>
    </message>
    <message>
        <source>the solver proved this the best cover (%1 s)</source>
        <translation>求解器已证明此为最佳覆盖（%1 秒）</translation>
    </message>
    <message>
        <source>the solver&apos;s time ran out: at most %1 % better is possible (%2 s)</source>
        <translation>求解器时间用尽：最多可能再好 %1 %（%2 秒）</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>可达 %1 起</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>（不在任何辖区内）</translation>
    </message>
    <message>
        <source>%1 incidents: now %2 %, proposed %3 %</source>
        <translation>%1 起警情：现状 %2 %，建议 %3 %</translation>
    </message>
    <message>
        <source>The stations units leave from: a GeoJSON file of points, each with its number in its name (&quot;Fire Station #15&quot;).</source>
        <translation>单位出发的站点：GeoJSON 点文件，每个点的名称中含其编号（&quot;Fire Station #15&quot;）。</translation>
    </message>
    <message>
        <source>The unit types to fit on, as the export names them (comma-separated; default all).</source>
        <translation>用于拟合的单位类型，按导出文件中的写法（逗号分隔；默认全部）。</translation>
    </message>
    <message>
        <source>How a unit&apos;s name gives its station&apos;s number: a regular expression capturing it (default ^[A-Za-z]+0*([0-9]+)$, &quot;E32&quot; → 32).</source>
        <translation>如何从单位名称得到所属站点编号：一个捕获该编号的正则表达式（默认 ^[A-Za-z]+0*([0-9]+)$，&quot;E32&quot; → 32）。</translation>
    </message>
    <message>
        <source>Incidents received from (ISO; default all history).</source>
        <translation>接警时间起（ISO；默认全部历史）。</translation>
    </message>
    <message>
        <source>The share of the journeys, the latest, kept out of the fit to measure it (default 0.3).</source>
        <translation>留出不参与拟合、用于检验的最新行程比例（默认 0.3）。</translation>
    </message>
    <message>
        <source>The fitted profile&apos;s name (default &quot;fitted&quot;).</source>
        <translation>拟合所得车速配置的名称（默认 &quot;fitted&quot;）。</translation>
    </message>
    <message>
        <source>Write the fitted profile to this file (load it with dispatchctl map profile).</source>
        <translation>将拟合的车速配置写入此文件（用 dispatchctl map profile 加载）。</translation>
    </message>
    <message>
        <source>Fits the speeds of the road classes and a start-up time to the journeys units made in imported history (en route to on scene, from their own station to incidents in its area), and measures the fit on the latest journeys held out of it, beside the best straight-line model fitted on the same journeys.</source>
        <translation>按导入历史中单位的行程（从出发到到场，由本站驶往本站辖区内的警情）拟合各道路等级的车速和固定起步时间，并在留出的最新行程上检验拟合效果，与在同一批行程上拟合的最佳直线模型对比。</translation>
    </message>
    <message>
        <source>usage: dispatchctl calibrate --db PATH --stations FILE.geojson [--unit-type TYPES] [--unit-pattern REGEX] [--from ISO] [--to ISO] [--held-out SHARE] [--name NAME] [--out PROFILE.json] [--json]</source>
        <translation>用法：dispatchctl calibrate --db PATH --stations FILE.geojson [--unit-type TYPES] [--unit-pattern REGEX] [--from ISO] [--to ISO] [--held-out SHARE] [--name NAME] [--out PROFILE.json] [--json]</translation>
    </message>
    <message>
        <source>--held-out: a share from 0.05 to 0.9 is needed</source>
        <translation>--held-out：需要 0.05 至 0.9 之间的比例</translation>
    </message>
    <message>
        <source>--unit-pattern: a regular expression with one capturing group is needed (%1)</source>
        <translation>--unit-pattern：需要带一个捕获组的正则表达式（%1）</translation>
    </message>
    <message>
        <source>%1: no station with a number in its name</source>
        <translation>%1：没有名称中含编号的站点</translation>
    </message>
    <message>
        <source>%1 (%2 journeys read: %3 without a station of the file, %4 outside their station&apos;s area, %5 under 20 s or over 20 min)</source>
        <translation>%1（读取行程 %2 条：%3 条在文件中找不到所属站点，%4 条在本站辖区外，%5 条不足 20 秒或超过 20 分钟）</translation>
    </message>
    <message>
        <source>--name: a name is needed</source>
        <translation>--name：需要名称</translation>
    </message>
    <message>
        <source>%1 journeys read: %2 fitted on, %3 held out (the latest); left out: %4 without a station of the file, %5 outside their station&apos;s area, %6 under 20 s or over 20 min, %7 off the roads</source>
        <translation>读取行程 %1 条：%2 条用于拟合，%3 条留作检验（最新的）；未用：%4 条在文件中找不到所属站点，%5 条在本站辖区外，%6 条不足 20 秒或超过 20 分钟，%7 条不在道路上</translation>
    </message>
    <message>
        <source>median journey %1 km as the crow flies</source>
        <translation>行程直线距离中位数 %1 km</translation>
    </message>
    <message>
        <source>start-up %1 s</source>
        <translation>起步 %1 秒</translation>
    </message>
    <message>
        <source>%1: %2 km/h (%3 km driven)</source>
        <translation>%1：%2 km/h（行驶 %3 km）</translation>
    </message>
    <message>
        <source>%1: %2 km/h kept (%3 km driven, too little to fit)</source>
        <translation>%1：保持 %2 km/h（行驶 %3 km，过少无法拟合）</translation>
    </message>
    <message>
        <source>best straight line: start-up %1 s, then %2 km/h as the crow flies</source>
        <translation>最佳直线模型：起步 %1 秒，之后按直线距离 %2 km/h</translation>
    </message>
    <message>
        <source>on the %1 held-out journeys: median error, bias (+ slow, − too quick), within a minute</source>
        <translation>在留出的 %1 条行程上：误差中位数、偏差（+ 偏慢，− 偏快）、一分钟内占比</translation>
    </message>
    <message>
        <source>built-in speeds</source>
        <translation>内置车速</translation>
    </message>
    <message>
        <source>fitted speeds</source>
        <translation>拟合车速</translation>
    </message>
    <message>
        <source>profile written to %1 (dispatchctl map profile --db PATH %1 puts it to use)</source>
        <translation>车速配置已写入 %1（dispatchctl map profile --db PATH %1 启用它）</translation>
    </message>
    <message>
        <source>vehicles&apos; road speeds: %1 (start-up %2 s)</source>
        <translation>车辆道路车速：%1（起步 %2 秒）</translation>
    </message>
    <message>
        <source>profile: back to the built-in road speeds.</source>
        <translation>profile：恢复内置道路车速。</translation>
    </message>
    <message>
        <source>info (the default), import, addresses or profile.</source>
        <translation>info（默认）、import、addresses 或 profile。</translation>
    </message>
    <message>
        <source>import: an OpenStreetMap file, .osm.pbf or .osm; addresses: a CSV address list; profile: a road profile (JSON, as dispatchctl calibrate writes it).</source>
        <translation>import：OpenStreetMap 文件，.osm.pbf 或 .osm；addresses：CSV 地址库；profile：道路车速配置（JSON，由 dispatchctl calibrate 写出）。</translation>
    </message>
    <message>
        <source>The centre&apos;s map: what the store holds (info), an OpenStreetMap file loaded in place of it (import), or the centre&apos;s own address list loaded into the gazetteer in place of the list held (addresses), or the vehicles&apos; road speeds (profile); loading is an administrator&apos;s act, all or none.</source>
        <translation>中心地图：查看存储中已有的内容（info），加载 OpenStreetMap 文件替换之（import），将中心自有地址库载入地名库替换原有地址库（addresses），或设置车辆道路车速（profile）；加载由管理员操作，全部成功或全部不做。</translation>
    </message>
    <message>
        <source>usage: dispatchctl map profile --db PATH [--admin NAME] (PROFILE.json | --builtin) [--json]</source>
        <translation>用法：dispatchctl map profile --db PATH [--admin NAME] (PROFILE.json | --builtin) [--json]</translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1：无法读取车速配置：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (info, import, addresses, profile)</source>
        <translation>未知操作 &quot;%1&quot;（info、import、addresses、profile）</translation>
    </message>
    <message>
        <source>Seed a demo district if the store is empty.</source>
        <translation>库为空时写入一个演示辖区。</translation>
    </message>
    <message>
        <source>With --demo: futian (the default: real streets of western Futian, Shenzhen, with its map) or simao (modelled on seed 003, no street data).</source>
        <translation>与 --demo 同用：futian（默认：深圳福田西部的真实街道，附地图）或 simao（仿材料 003，无街道数据）。</translation>
    </message>
    <message>
        <source>--district: no demo district &quot;%1&quot; (there are: %2)</source>
        <translation>--district：没有名为“%1”的演示辖区（现有：%2）</translation>
    </message>
    <message>
        <source>and its streets: %1 roads (%2 named), %3 listed addresses, from %4 (© OpenStreetMap contributors, ODbL)</source>
        <translation>及其街道：%1 条道路（%2 条有名称）、%3 个名录地址，来自 %4（© OpenStreetMap 贡献者，ODbL）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AbandonedCallListModel</name>
    <message>
        <source>withheld</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1, %2 (± %3)</source>
        <translation>%1, %2（± %3）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Rang for</source>
        <translation>振铃时长</translation>
    </message>
    <message>
        <source>Network&apos;s place</source>
        <translation>网络定位</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>回拨次数</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨时限</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 拨打 %2</translation>
    </message>
    <message>
        <source>Network&apos;s place: %1</source>
        <translation>网络定位：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AbandonedCallTab</name>
    <message>
        <source>Enter reached: an emergency (the call is taken) · R reached: no emergency · N not reached</source>
        <translation>Enter 接通：有警情（接警）· R 接通：无警情 · N 未接通</translation>
    </message>
    <message>
        <source>Abandoned calls</source>
        <translation>未接来电</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s) to call back</source>
        <translation>
            <numerusform>%n 个未接来电待回拨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s) not called back in time</source>
        <translation>
            <numerusform>%n 个未接来电未按时回拨</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back of %1: not reached</source>
        <translation>回拨 %1：未接通</translation>
    </message>
    <message>
        <source>Reached: no emergency</source>
        <translation>已接通：无警情</translation>
    </message>
    <message>
        <source>What did the caller of %1 say (a child playing, a pocket call, a call made by mistake …)?</source>
        <translation>%1 的来电人说了什么（小孩玩手机、误触拨号、打错电话……）？</translation>
    </message>
    <message>
        <source>Call back of %1: reached, no emergency</source>
        <translation>回拨 %1：已接通，无警情</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AddressFinder</name>
    <message>
        <source>road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>point of interest</source>
        <translation>兴趣点</translation>
    </message>
    <message>
        <source>named place</source>
        <translation>地名</translation>
    </message>
    <message numerus="yes">
        <source>address of %n earlier incident(s)</source>
        <translation>
            <numerusform>%n 起既往警情的地址</numerusform>
        </translation>
    </message>
    <message>
        <source>address (the centre&apos;s list)</source>
        <translation>地址（中心地址库）</translation>
    </message>
    <message>
        <source>address (map)</source>
        <translation>地址（地图）</translation>
    </message>
    <message>
        <source>%1 · zone %2 · %3</source>
        <translation>%1 · 辖区 %2 · %3</translation>
    </message>
    <message>
        <source>%1 · outside every zone</source>
        <translation>%1 · 不在任何辖区内</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not on the map: check the address with the caller, or pick the place on the map</source>
        <translation>⚠ 地图上没有“%1”：请与报警人核实地址，或在地图上选点</translation>
    </message>
    <message>
        <source>⚠ The location is %1 from &quot;%2&quot; on the map: check which one is right</source>
        <translation>⚠ 所填位置距地图上的“%2” %1：请核实哪个正确</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AfterActionWindow</name>
    <message>
        <source>After-action report: %1</source>
        <translation>演练评估报告：%1</translation>
    </message>
    <message>
        <source>Score %1 — %2</source>
        <translation>得分 %1 — %2</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export the after-action report as PDF</source>
        <translation>将演练评估报告导出为 PDF</translation>
    </message>
    <message>
        <source>after-action.pdf</source>
        <translation>演练评估.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Call → dispatch per event (s) against its target</source>
        <translation>各事件接警→派警用时（秒）与时限</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late or not sent</source>
        <translation>超时或未派</translation>
    </message>
    <message>
        <source>target</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Score session after session</source>
        <translation>历次演练得分</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>no earlier session</source>
        <translation>无以往演练</translation>
    </message>
    <message>
        <source>Trainee(s): %1 · exercise time %2 – %3</source>
        <translation>学员：%1 · 演练时间 %2 – %3</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>EXERCISE — not live work</source>
        <translation>演练 — 非实战</translation>
    </message>
    <message>
        <source>Call → dispatch per event</source>
        <translation>各事件接警→派警</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AgencyDialog</name>
    <message>
        <source>Linked agencies for %1</source>
        <translation>%1 的联动单位</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>通知人</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认情况</translation>
    </message>
    <message>
        <source>what they were told, e.g. one injured, head wound</source>
        <translation>通报内容，如：一人受伤，头部外伤</translation>
    </message>
    <message>
        <source>who at the agency, e.g. 120 dispatcher Wang</source>
        <translation>对方确认人，如：120调度员王某</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation>已确认(&amp;A)</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Highlighted one acknowledged by:</source>
        <translation>选中的单位由谁确认：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not yet — %1 waiting</source>
        <translation>尚未确认——已等待 %1</translation>
    </message>
    <message>
        <source>Highlight the agency that acknowledged.</source>
        <translation>请选中已确认的单位。</translation>
    </message>
    <message>
        <source>Say who at the agency acknowledged.</source>
        <translation>请填写对方确认人。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AgencyNotifyBox</name>
    <message>
        <source>Notify %1 as well as sending the police</source>
        <translation>派警同时通知 %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallQuestionsView</name>
    <message>
        <source>Ask the caller</source>
        <translation>询问报警人</translation>
    </message>
    <message>
        <source>Ask the caller (%1)</source>
        <translation>询问报警人（%1）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallbackListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>报警人电话</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访时限</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallbackTab</name>
    <message>
        <source>S satisfied · B basically satisfied · U unsatisfied · N not reached</source>
        <translation>S 满意 · B 基本满意 · U 不满意 · N 未接通</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s)</source>
        <translation>
            <numerusform>回访 %n 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) overdue</source>
        <translation>
            <numerusform>%n 起回访已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>What did the caller say? It is what will be put right.</source>
        <translation>报警人说了什么？这就是要整改的问题。</translation>
    </message>
    <message>
        <source>Callback recorded: %1</source>
        <translation>已登记回访：%1</translation>
    </message>
    <message>
        <source>Caller not reached</source>
        <translation>未联系上报警人</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DashboardWidget</name>
    <message>
        <source>Incidents</source>
        <translation>警情数</translation>
    </message>
    <message>
        <source>Call to dispatch (median)</source>
        <translation>接警至派警（中位数）</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>30 秒内签收</translation>
    </message>
    <message>
        <source>Arrival in time</source>
        <translation>按时到场</translation>
    </message>
    <message>
        <source>Dispatch to on scene (median)</source>
        <translation>派警至到场（中位数）</translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation>已分流</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>%1 since %2 · updated %3</source>
        <translation>%1 自 %2 起 · 更新于 %3</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredFollowUpTab</name>
    <message>
        <source>Enter: add a progress note · C: close with what came back</source>
        <translation>回车：记录进展 · C：按反馈办结</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n past the deadline</source>
        <translation>
            <numerusform>%1：%n 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>What has happened?</source>
        <translation>有何进展？</translation>
    </message>
    <message>
        <source>Progress noted</source>
        <translation>进展已记录</translation>
    </message>
    <message>
        <source>Close: %1 · %2</source>
        <translation>办结：%1 · %2</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>办结方式？</translation>
    </message>
    <message>
        <source>What did %1 answer?</source>
        <translation>%1反馈了什么？</translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation>%1 已办结：%2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredItemDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Deadline in:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>发起(&amp;O)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>no progress noted yet</source>
        <translation>尚无进展记录</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskActions</name>
    <message>
        <source>&amp;Desk</source>
        <translation>坐席(&amp;D)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>警情(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>在警情列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>变更状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to zone panel</source>
        <translation>转到辖区图</translation>
    </message>
    <message>
        <source>Go to incident queue</source>
        <translation>转到警情列表</translation>
    </message>
    <message>
        <source>Go to unit roster</source>
        <translation>转到警力列表</translation>
    </message>
    <message>
        <source>&amp;Fit the district</source>
        <translation>显示整个辖区(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>请先选择一起警情</translation>
    </message>
    <message>
        <source>No change by hand from &quot;%1&quot;</source>
        <translation>“%1”状态不能手动变更</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未变更</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>状态已变更为%1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>P / S / B / O</source>
        <translation>P / S / B / O</translation>
    </message>
    <message>
        <source>Arrows, + / −, 0</source>
        <translation>方向键、+ / −、0</translation>
    </message>
    <message>
        <source>Zone panel: pan, zoom, fit the district</source>
        <translation>辖区图：平移、缩放、显示整个辖区</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispatcher workstation %1&lt;/h3&gt;&lt;p&gt;Call intake, dispatch and the 1/3/5-minute clocks for a 110 command centre.&lt;/p&gt;&lt;p&gt;Store: %2 (schema %3)&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;接处警调度工作站 %1&lt;/h3&gt;&lt;p&gt;面向 110 指挥中心的接警、派警与“1、3、5 分钟”计时。&lt;/p&gt;&lt;p&gt;数据库：%2（结构版本 %3）&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Triage rules…</source>
        <translation>研判规则(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>新接警(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation>工单(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>提示音静音(&amp;M)</translation>
    </message>
    <message>
        <source>Alerts muted</source>
        <translation>提示音已静音</translation>
    </message>
    <message>
        <source>Alerts on</source>
        <translation>提示音已开启</translation>
    </message>
    <message>
        <source>Select a diverted incident first</source>
        <translation>请先选择一起已分流的警情</translation>
    </message>
    <message>
        <source>Returned as a police matter…</source>
        <translation>作为警务事项退回…</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单%1</translation>
    </message>
    <message>
        <source>Work order returned</source>
        <translation>工单退回</translation>
    </message>
    <message>
        <source>what the agency said</source>
        <translation>联动单位的说明</translation>
    </message>
    <message>
        <source>The incident goes back to the queue as a police incident.</source>
        <translation>该警情将作为警务警情回到警情队列。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Back in the queue as a police incident</source>
        <translation>已作为警务警情回到队列</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translation>研判规则</translation>
    </message>
    <message>
        <source>In force: %1
%2 rules</source>
        <translation>当前生效：%1
共 %2 条规则</translation>
    </message>
    <message>
        <source>the built-in rules</source>
        <translation>内置规则</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Use the built-in rules</source>
        <translation>使用内置规则</translation>
    </message>
    <message>
        <source>The built-in triage rules are in force</source>
        <translation>内置研判规则已生效</translation>
    </message>
    <message>
        <source>Triage rules file</source>
        <translation>研判规则文件</translation>
    </message>
    <message>
        <source>Triage rules (*.json)</source>
        <translation>研判规则 (*.json)</translation>
    </message>
    <message>
        <source>Triage rules refused</source>
        <translation>研判规则被拒绝</translation>
    </message>
    <message>
        <source>The file was refused; the rules in force stay.

%1</source>
        <translation>该文件被拒绝，现行规则保持不变。

%1</translation>
    </message>
    <message>
        <source>Triage rules loaded from %1</source>
        <translation>已从 %1 载入研判规则</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Call intake: save the call (or divert it)</source>
        <translation>接警登记：保存来电（或分流）</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Call intake: merge the call into the highlighted earlier incident</source>
        <translation>接警登记：将来电并入选中的既有警情</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Call intake: pick the location on the zone panel</source>
        <translation>接警登记：在片区图上点选位置</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Call intake: follow the triage proposal again</source>
        <translation>接警登记：重新采用研判建议</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Call intake: go to the possible duplicates (Space ticks one to link)</source>
        <translation>接警登记：转到疑似重复警情（空格勾选以关联）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Call intake: cancel the call</source>
        <translation>接警登记：取消本次来电</translation>
    </message>
    <message>
        <source>D&amp;ispatch</source>
        <translation>派警(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dispatch recommended units</source>
        <translation>派出推荐警力(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Feedback from the scene…</source>
        <translation>现场反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go to dispatch panel</source>
        <translation>转到派警面板(&amp;G)</translation>
    </message>
    <message>
        <source>Show 1/3/5-minute &amp;reach</source>
        <translation>显示 1/3/5 分钟到达范围(&amp;R)</translation>
    </message>
    <message>
        <source>A / E / R</source>
        <translation>A / E / R</translation>
    </message>
    <message>
        <source>Unit roster or dispatch panel: signed for / en route / on scene</source>
        <translation>警力列表或派警面板：签收 / 出警途中 / 到达现场</translation>
    </message>
    <message>
        <source>Unit roster: on patrol / at staging point / busy / off duty (clears a committed unit)</source>
        <translation>警力列表：巡逻待警 / 屯警点待警 / 忙碌 / 下勤（在处警的警力随之清警）</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Dispatch panel: clear the highlighted assigned unit</source>
        <translation>派警面板：对选中的已派警力清警</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Dispatch panel: send the highlighted candidate</source>
        <translation>派警面板：派出选中的候选警力</translation>
    </message>
    <message>
        <source>Drag and drop</source>
        <translation>拖放</translation>
    </message>
    <message>
        <source>A unit from the roster onto an incident row or the dispatch panel sends it</source>
        <translation>把警力从警力列表拖到警情行或派警面板即派出</translation>
    </message>
    <message>
        <source>Import &amp;zones…</source>
        <translation>导入辖区(&amp;Z)…</translation>
    </message>
    <message>
        <source>Units for the &amp;shift…</source>
        <translation>本班警力上下勤(&amp;S)…</translation>
    </message>
    <message>
        <source>Zone &amp;colours</source>
        <translation>片区着色(&amp;C)</translation>
    </message>
    <message>
        <source>Four-colour &amp;warnings (recent days against earlier weeks)</source>
        <translation>四色预警(&amp;W)（近期对比此前各周）</translation>
    </message>
    <message>
        <source>Active &amp;load (incidents open now)</source>
        <translation>当前警情负荷(&amp;L)（未结警情）</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>已移交 %1</translation>
    </message>
    <message>
        <source>Put under su&amp;pervision…</source>
        <translation>列入督办(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 is under supervision</source>
        <translation>%1 已列入督办</translation>
    </message>
    <message>
        <source>&amp;Correct the place…</source>
        <translation>更正地点(&amp;C)…</translation>
    </message>
    <message>
        <source>Place corrected</source>
        <translation>地点已更正</translation>
    </message>
    <message>
        <source>&amp;Linked agencies…</source>
        <translation>联动单位(&amp;L)…</translation>
    </message>
    <message>
        <source>Alert &amp;volume</source>
        <translation>提示音量(&amp;V)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskLock</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>本坐席已锁屏</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is signed in here; locked at %3 after %n minute(s) untouched. Nothing open was closed; the password opens the desk again.</source>
        <translation>
            <numerusform>%1（%2）在此登录；无操作 %n 分钟后于 %3 锁屏。打开的内容均未关闭；输入密码即可重新打开坐席。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskStatusBar</name>
    <message>
        <source> DEMO DATA </source>
        <translation> 演示数据 </translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <source>Shift: %1 %2–%3</source>
        <translation>班次：%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 · leader %2</source>
        <translation>%1 · 值班长 %2</translation>
    </message>
    <message>
        <source> EXERCISE </source>
        <translation> 演练 </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DispatchPanel</name>
    <message>
        <source>Assigned</source>
        <translation>已派警力</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Since dispatch</source>
        <translation>派警后</translation>
    </message>
    <message>
        <source>Sign-for (30 s)</source>
        <translation>签收（30 秒）</translation>
    </message>
    <message>
        <source>ETA given</source>
        <translation>派警时预计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>警力</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dispatch recommended (F3)</source>
        <translation>派出推荐警力（F3）</translation>
    </message>
    <message>
        <source>Feedback… (F6)</source>
        <translation>反馈…（F6）</translation>
    </message>
    <message>
        <source>Enter sends the highlighted unit · on an assigned unit: A signed for, E en route, R on scene, C clear · drag units here from the roster</source>
        <translation>Enter 派出选中警力 · 已派警力上：A 签收、E 出警途中、R 到达现场、C 清警 · 可从警力列表拖入警力</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dispatch&lt;/b&gt; — select an incident in the queue or on the map.</source>
        <translation>&lt;b&gt;派警&lt;/b&gt; —— 请在警情列表或地图上选择一起警情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · arrival target &lt;b&gt;%3&lt;/b&gt; (%4) · %5 of %6 unit(s) assigned</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 到场时限 &lt;b&gt;%3&lt;/b&gt;（%4）· 已派 %5 / 需 %6 个警力</translation>
    </message>
    <message>
        <source>signed, %1 late</source>
        <translation>已签收，超时 %1</translation>
    </message>
    <message>
        <source>signed in %1</source>
        <translation>%1 内签收</translation>
    </message>
    <message>
        <source>LATE %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>✓ %1 spare</source>
        <translation>✓ 余 %1</translation>
    </message>
    <message>
        <source>✗ %1 over</source>
        <translation>✗ 超 %1</translation>
    </message>
    <message>
        <source>committed to %1</source>
        <translation>正在处置 %1</translation>
    </message>
    <message>
        <source>at its staging point</source>
        <translation>位于屯警点</translation>
    </message>
    <message>
        <source>Not recommended (%1)</source>
        <translation>未推荐（%1）</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>请先选择一起警情</translation>
    </message>
    <message>
        <source>Not dispatched: %1</source>
        <translation>未派出：%1</translation>
    </message>
    <message>
        <source>Dispatched %1 to %2</source>
        <translation>已派 %1 前往 %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（正在处置 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reassign units</source>
        <translation>改派警力</translation>
    </message>
    <message>
        <source>These units are not free: %1.
Take them for %2?</source>
        <translation>以下警力不空闲：%1。
改派前往 %2？</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为 %2</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Feedback is given once a unit is on scene</source>
        <translation>警力到达现场后才能反馈</translation>
    </message>
    <message>
        <source>Feedback recorded for %1</source>
        <translation>已记录 %1 的反馈</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2: units are no longer sent to it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 为%2：不再派警。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no location: units cannot be ranked. Correct its place (Incident ▸ Correct the place…, Ctrl+Shift+P) or send units by hand (drag them here).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 没有位置：无法推荐警力。请更正地点（警情 ▸ 更正地点…，Ctrl+Shift+P），或手动派警（把警力拖到这里）。</translation>
    </message>
    <message>
        <source>⚠ last fix %1 ago</source>
        <translation>⚠ 最后定位于 %1 前</translation>
    </message>
    <message>
        <source>⚠ no fix: from its station</source>
        <translation>⚠ 无定位：按所属派出所计算</translation>
    </message>
    <message>
        <source>By the map&apos;s roads</source>
        <translation>按地图道路</translation>
    </message>
    <message>
        <source>⚠ straight line: not near the map&apos;s roads</source>
        <translation>⚠ 直线估算：不在地图道路附近</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DuplicateListView</name>
    <message>
        <source>Incident (tick to link)</source>
        <translation>警情（勾选以关联）</translation>
    </message>
    <message>
        <source>Why offered</source>
        <translation>提示原因</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>警情内容</translation>
    </message>
    <message>
        <source>Ctrl+M merges the call into the highlighted incident; Space ticks it for linking</source>
        <translation>Ctrl+M 将来电并入选中警情；空格勾选以关联</translation>
    </message>
    <message>
        <source>Possible duplicates: none</source>
        <translation>疑似重复警情：无</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>同一地址</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates: %n</source>
        <translation>
            <numerusform>疑似重复警情：%n 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated at this place: %n incident(s) within %1 days, this call included</source>
        <translation>
            <numerusform>同一地点反复多发：%1 天内共 %n 起（含本次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::EventText</name>
    <message>
        <source> — %1</source>
        <translation> —— %1</translation>
    </message>
    <message>
        <source>Work order to %1: %2</source>
        <translation>工单（%1）：%2</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>，超时 %1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>清警</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>taken for another incident</source>
        <translation>改派其他警情</translation>
    </message>
    <message>
        <source>the incident ended</source>
        <translation>警情已结束</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>%1, no point</source>
        <translation>%1，无坐标</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2, %3，%4）</translation>
    </message>
    <message>
        <source>Mediation: %1</source>
        <translation>调解：%1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Call recorded: %1, %2, %3</source>
        <translation>接警登记：%1，%2，%3</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source> — the work order was completed by %1</source>
        <translation>——工单由%1办结</translation>
    </message>
    <message>
        <source> — returned by %1 as %2, %3</source>
        <translation>——%1退回，改为%2，%3</translation>
    </message>
    <message>
        <source>Triage overridden: proposed %1 %2, chosen %3 %4</source>
        <translation>人工改判：建议 %1 %2，改为 %3 %4</translation>
    </message>
    <message>
        <source>Further caller %1 %2: %3</source>
        <translation>追加报警人 %1 %2：%3</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>关联警情 %1</translation>
    </message>
    <message>
        <source>repeated calls about the same event</source>
        <translation>同类事件反复报警</translation>
    </message>
    <message>
        <source>again after handling</source>
        <translation>处置后再发</translation>
    </message>
    <message>
        <source>repeated at this place</source>
        <translation>反复多发</translation>
    </message>
    <message>
        <source>Repeat mark: %1 (%2)</source>
        <translation>重复警情标记：%1（%2）</translation>
    </message>
    <message>
        <source>Place corrected: %1 → %2</source>
        <translation>地点更正：%1 → %2</translation>
    </message>
    <message>
        <source>%1 dispatched</source>
        <translation>已派 %1</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>，预计 %1 到达</translation>
    </message>
    <message>
        <source> (taken from another incident)</source>
        <translation>（从其他警情改派）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (signed for %1 late)</source>
        <translation>（签收超时 %1）</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation>，用时 %1</translation>
    </message>
    <message>
        <source>%1 released: %2</source>
        <translation>%1 撤出：%2</translation>
    </message>
    <message>
        <source>Feedback: %1 — %2</source>
        <translation>反馈：%1——%2</translation>
    </message>
    <message>
        <source>Feedback from %3: %1 — %2</source>
        <translation>%3 反馈：%1——%2</translation>
    </message>
    <message>
        <source>Feedback accepted</source>
        <translation>反馈已审核通过</translation>
    </message>
    <message>
        <source>Feedback returned to the unit</source>
        <translation>反馈已退回处警单位</translation>
    </message>
    <message>
        <source>Clock breached: %1</source>
        <translation>时限超时：%1</translation>
    </message>
    <message>
        <source>%1 did not sign for within %2</source>
        <translation>%1 未在 %2 内签收</translation>
    </message>
    <message>
        <source>%1 notified</source>
        <translation>已通知 %1</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>%1 acknowledged (%2)</source>
        <translation>%1 已确认（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Call-taker&apos;s questions answered: %n</source>
        <translation>
            <numerusform>已记录询问要点答复 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>已移交 %1</translation>
    </message>
    <message>
        <source>%1 signed for the transfer (%2)</source>
        <translation>%1 已签收移交（%2）</translation>
    </message>
    <message>
        <source>%1 has not signed for the transfer in time</source>
        <translation>%1 未按时签收移交</translation>
    </message>
    <message>
        <source>Callback to the caller due</source>
        <translation>待回访报警人</translation>
    </message>
    <message>
        <source>Caller called back: %1</source>
        <translation>已回访报警人：%1</translation>
    </message>
    <message>
        <source>Callback: caller not reached</source>
        <translation>回访：未联系上报警人</translation>
    </message>
    <message>
        <source>Callback: caller unreachable, given up</source>
        <translation>回访：无法联系，已放弃</translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation>回访超期</translation>
    </message>
    <message>
        <source>Rectification opened: %1</source>
        <translation>启动整改：%1</translation>
    </message>
    <message>
        <source>Rectification done: %1</source>
        <translation>整改完成：%1</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>整改超期</translation>
    </message>
    <message>
        <source>Handed to mediator %1</source>
        <translation>交调解员 %1 调解</translation>
    </message>
    <message>
        <source>Mediation outcome overdue</source>
        <translation>调解结果超期</translation>
    </message>
    <message>
        <source>Under supervision: %1, owner %2, %3</source>
        <translation>纳入督办：%1，责任人 %2，%3</translation>
    </message>
    <message>
        <source>Supervision progress: %1</source>
        <translation>督办进展：%1</translation>
    </message>
    <message>
        <source>Supervision closed: %1</source>
        <translation>督办办结：%1</translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation>督办超期</translation>
    </message>
    <message>
        <source>Flagged for the handover: %1</source>
        <translation>交班提示：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 已登录</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 已退出</translation>
    </message>
    <message>
        <source>Failed sign-in as %1</source>
        <translation>以 %1 登录失败</translation>
    </message>
    <message>
        <source>Opened a %1 for %2: %3</source>
        <translation>向%2发起%1：%3</translation>
    </message>
    <message>
        <source>Progress on the %1: %2</source>
        <translation>%1进展：%2</translation>
    </message>
    <message>
        <source>The %1 closed: %2 — %3</source>
        <translation>%1已办结：%2 — %3</translation>
    </message>
    <message>
        <source>The %1 for %2 is overdue</source>
        <translation>发往%2的%1已逾期</translation>
    </message>
    <message>
        <source>Handed in by %1 (EIDO %2)</source>
        <translation>由 %1 移交（EIDO %2）</translation>
    </message>
    <message>
        <source>; the call began there at %1</source>
        <translation>；来电在对方中心始于 %1</translation>
    </message>
    <message>
        <source>Call from %1 on %2 abandoned before an answer: call back owed</source>
        <translation>%1 拨打 %2 未接听即挂断：须回拨</translation>
    </message>
    <message>
        <source>Call back of %1: not reached (try %2 of %3)</source>
        <translation>回拨 %1：未接通（第 %2 / %3 次）</translation>
    </message>
    <message>
        <source>Call back of %1: %2</source>
        <translation>回拨 %1：%2</translation>
    </message>
    <message>
        <source>Call back of %1 overdue</source>
        <translation>回拨 %1 超时</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackDialog</name>
    <message>
        <source>Feedback for %1</source>
        <translation>%1 的反馈</translation>
    </message>
    <message>
        <source>%1 (on scene)</source>
        <translation>%1（在现场）</translation>
    </message>
    <message>
        <source>The desk, for the incident as a whole</source>
        <translation>本席位（针对整起警情）</translation>
    </message>
    <message>
        <source>What the unit found and did</source>
        <translation>警力在现场发现的情况和处置经过</translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation>反馈人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>处置情况(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>处置结果(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackListModel</name>
    <message>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>returned, due again</source>
        <translation>已退回，待重新反馈</translation>
    </message>
    <message>
        <source>feedback due</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>given %1 ago</source>
        <translation>%1 前反馈</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackTab</name>
    <message>
        <source>A: accept the feedback (closes the incident) · R: return it to the unit</source>
        <translation>A：审核通过（警情办结） · R：退回处警单位</translation>
    </message>
    <message>
        <source>Feedback (%1 to review, %2 due)</source>
        <translation>反馈（待审核 %1，待反馈 %2）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback(s) to review</source>
        <translation>
            <numerusform>待审核反馈 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Return the feedback</source>
        <translation>退回反馈</translation>
    </message>
    <message>
        <source>Why does it go back to the unit?</source>
        <translation>退回原因？</translation>
    </message>
    <message>
        <source>Feedback accepted; the incident is closed</source>
        <translation>反馈审核通过，警情已办结</translation>
    </message>
    <message>
        <source>Feedback returned to the unit</source>
        <translation>反馈已退回处警单位</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpMenu</name>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>后续跟踪(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Everything owed (large view)</source>
        <translation>全部待办（大视图）(&amp;E)</translation>
    </message>
    <message>
        <source>Register an &amp;instruction…</source>
        <translation>登记上级指令(&amp;I)…</translation>
    </message>
    <message>
        <source>Hand the dispute to a &amp;mediator…</source>
        <translation>纠纷交调解员(&amp;M)…</translation>
    </message>
    <message>
        <source>Repeat ledger: weekly &amp;bulletin…</source>
        <translation>重复警情台账周通报(&amp;B)…</translation>
    </message>
    <message>
        <source>Select the dispute in the queue first</source>
        <translation>请先在警情队列中选中纠纷警情</translation>
    </message>
    <message>
        <source>Handed to a mediator; the outcome is owed in the Mediation list</source>
        <translation>已交调解员；调解结果在“调解”列表中跟踪</translation>
    </message>
    <message>
        <source>Select the incident in the queue first</source>
        <translation>请先在警情队列中选中警情</translation>
    </message>
    <message>
        <source>%1 opened; it is owed in the %2 list</source>
        <translation>%1 已发起，在“%2”清单中待办</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpTab</name>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1（%2，超时 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1（超时 %2）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpWidget</name>
    <message>
        <source>Owed: %1</source>
        <translation>待办：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ForwardDialog</name>
    <message>
        <source>Forward: %1</source>
        <translation>转发：%1</translation>
    </message>
    <message>
        <source>Type to filter stations, units and agencies</source>
        <translation>输入以筛选派出所、警力和联动单位</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>linked agency</source>
        <translation>联动单位</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <source>Tick at least one station, unit or agency (Space ticks the highlighted one).</source>
        <translation>请至少勾选一个派出所、警力或联动单位（空格键勾选当前项）。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverArchive</name>
    <message>
        <source>Handover archive</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>Search: incident number, name, any word of the report or notes</source>
        <translation>搜索：警情编号、姓名、报告或备注中的任意词语</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>移交事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>比较选中的两份(&amp;C)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select two handovers (Ctrl+click) to compare them.</source>
        <translation>请选中两份交接班（Ctrl+单击）进行比较。</translation>
    </message>
    <message>
        <source>Export the handover as PDF</source>
        <translation>将交接班导出为 PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>交接班.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>已打印 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n 份交接班</numerusform>
        </translation>
    </message>
    <message>
        <source>open a handover first</source>
        <translation>请先打开一份交接班</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverCompareDialog</name>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>比较：%1 与 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dealt with in between</source>
        <translation>期间已办结</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍未办结</translation>
    </message>
    <message>
        <source>New in the later handover</source>
        <translation>后一班新增</translation>
    </message>
    <message>
        <source>%1 dealt with in between · %2 still open · %3 new</source>
        <translation>期间办结 %1 · 仍未办结 %2 · 新增 %3</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverDocument</name>
    <message>
        <source>%1 %2 %3 – %4</source>
        <translation>%1 %2 %3 – %4</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>Outgoing %1 signed %2</source>
        <translation>交班人 %1 于 %2 签字</translation>
    </message>
    <message>
        <source> · incoming %1 accepted %2</source>
        <translation> · 接班人 %1 于 %2 确认</translation>
    </message>
    <message>
        <source> · rejected by the incoming leader</source>
        <translation> · 被接班值班长退回</translation>
    </message>
    <message>
        <source> · not yet accepted</source>
        <translation> · 尚未确认接班</translation>
    </message>
    <message>
        <source>Shift handover: %1</source>
        <translation>交接班报告：%1</translation>
    </message>
    <message>
        <source>Open items read at %1 · %2 carried over, %3 overdue</source>
        <translation>事项截至 %1 · 移交 %2 项，超时 %3 项</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Frozen at acceptance, SHA-256 %1</source>
        <translation>确认接班时冻结，SHA-256 %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>演示数据 —— 非真实辖区</translation>
    </message>
    <message>
        <source>Event log at this signature: %1 (keep it: dispatchctl check --anchors proves the log still holds it)</source>
        <translation>签字时的事件日志：%1（请留存：dispatchctl check --anchors 可证明日志仍包含它）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverWindow</name>
    <message>
        <source>&amp;Prepare</source>
        <translation>生成报告(&amp;P)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>&amp;Sign as outgoing leader</source>
        <translation>交班签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept as incoming leader</source>
        <translation>接班确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>班次(&amp;H)：</translation>
    </message>
    <message>
        <source>Notes for this section (outgoing leader)</source>
        <translation>本部分备注（交班值班长填写）</translation>
    </message>
    <message>
        <source>Export the handover as PDF</source>
        <translation>将交接班导出为 PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>交接班.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This shift: %1</source>
        <translation>本班：%1</translation>
    </message>
    <message>
        <source>Previous shift: %1</source>
        <translation>上一班：%1</translation>
    </message>
    <message>
        <source>not prepared (live report)</source>
        <translation>未生成（实时报告）</translation>
    </message>
    <message>
        <source>Re&amp;build the report</source>
        <translation>重新生成报告(&amp;B)</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation>%1 于 %2 退回：%3</translation>
    </message>
    <message>
        <source>The report is built as of now; write the notes, then sign.</source>
        <translation>报告已按当前时刻生成；请填写备注后签字。</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>备注已保存</translation>
    </message>
    <message>
        <source>Signed. The incoming leader reviews it now.</source>
        <translation>已签字，等待接班值班长审核。</translation>
    </message>
    <message>
        <source>Accepted. The handover is frozen and kept in the archive.</source>
        <translation>已确认接班。交接班已冻结并存档。</translation>
    </message>
    <message>
        <source>Reject the handover</source>
        <translation>退回交接班</translation>
    </message>
    <message>
        <source>What is missing or wrong?</source>
        <translation>缺漏或错误之处？</translation>
    </message>
    <message>
        <source>Rejected: it goes back to the outgoing leader with your comments.</source>
        <translation>已退回：连同意见返回交班值班长。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation>打印机无法启动</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>已打印 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password, as your signature:</source>
        <translation>请输入本人密码作为签名：</translation>
    </message>
    <message>
        <source>Sign the handover</source>
        <translation>签署交接班</translation>
    </message>
    <message>
        <source>Accept the handover</source>
        <translation>接收交接班</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HistoryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import CAD history</source>
        <translation>导入历史警情（CAD）</translation>
    </message>
    <message>
        <source>A CSV export of the CAD system</source>
        <translation>CAD 系统导出的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>San Francisco Fire Department &quot;Calls for Service&quot; (built in)</source>
        <translation>旧金山消防局“Calls for Service”（内置）</translation>
    </message>
    <message>
        <source>&amp;Profile file…</source>
        <translation>映射配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>导出文件(&amp;E)：</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>映射配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Importing history changes the centre&apos;s records: an administrator or a shift leader runs it (signed in: %1).</source>
        <translation>导入历史警情会改变中心的记录，须由管理员或值班长操作（当前登录：%1）。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>CAD export</source>
        <translation>CAD 导出文件</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>映射配置</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1：不是可读取的文件</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>The profile is refused: %1</source>
        <translation>映射配置被拒绝：%1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation>导入未运行</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>Not imported, nothing was written: %1</source>
        <translation>未导入，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Stopped at a bad row, as the profile asks: nothing was written.</source>
        <translation>按配置要求在错误行处中止：未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 incidents and %2 unit assignments imported from %3 rows; %4 rows refused; %5 incidents were already in the store.</source>
        <translation>从 %3 行导入 %1 起警情、%2 条出警记录；拒收 %4 行；%5 起警情此前已存在。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more listed by dispatchctl import</source>
        <translation>
            <numerusform>… 另有 %n 条，可用 dispatchctl import 查看</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows become closed incidents of origin &quot;imported&quot;, marked with their source, never in the live queue. One transaction: a cancelled or stopped import writes nothing; importing the same file again adds nothing. While the rows are written, saves from the desks wait (about a second per 50,000 rows): import large exports outside busy hours.</source>
        <translation>各行将成为来源为“导入”的已结警情，并标明出处，不会进入实时队列。整个导入为一个事务：取消或中止时不写入任何数据；重复导入同一文件不会新增记录。写入期间各席位的保存操作需等待（约每 5 万行 1 秒）：大批量导入请避开警情高峰。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IncidentDetailPanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>警力</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接警人</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>offered to a mediator</source>
        <translation>已建议调解</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Further caller</source>
        <translation>追加报警人</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联警情</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translation>研判规则</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <source>Received %1 (%2 ago)</source>
        <translation>接警 %1（%2前）</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:10pt&apos;&gt;%1: %2 calls · %3 diverted to agencies (%4%) · %5 work orders open · %6 returned&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:10pt&apos;&gt;%1：接警 %2 起 · 分流 %3 起（%4%）· 未办结工单 %5 件 · 退回 %6 件&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%2 active incidents · %3 waiting for a unit · %4 priority 1&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%5 units on duty · %6 available · %7 committed&lt;/p&gt;&lt;p style=&apos;color:#607d8b&apos;&gt;Select an incident in the queue or on the map to see it here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;在办警情 %2 起 · 待派警 %3 起 · 紧急 %4 起&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;在勤警力 %5 个 · 待警 %6 个 · 处警中 %7 个&lt;/p&gt;&lt;p style=&apos;color:#607d8b&apos;&gt;在警情列表或地图上选择一起警情，即可在此查看详情。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2, acknowledged %3 (%4)</source>
        <translation>%1 %2 通知，%3 确认（%4）</translation>
    </message>
    <message>
        <source>%1 %2, not yet acknowledged</source>
        <translation>%1 %2 通知，尚未确认</translation>
    </message>
    <message>
        <source>Agencies notified</source>
        <translation>联动单位</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>经过(&amp;H)（%1）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IncidentQueueModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已用时</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>%1 · work order %2</source>
        <translation>%1 · 工单%2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>处置力量</translation>
    </message>
    <message>
        <source>%1 late %2</source>
        <translation>%1 已超时 %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 剩余 %2</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近时限</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1：超时 %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1：剩余 %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IncidentQueueWidget</name>
    <message>
        <source>Search number, phone, address… (Ctrl+F)</source>
        <translation>搜索编号、电话、地址…（Ctrl+F）</translation>
    </message>
    <message>
        <source>All active</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Waiting for a unit</source>
        <translation>待派警</translation>
    </message>
    <message>
        <source>Units out</source>
        <translation>处警中</translation>
    </message>
    <message>
        <source>Awaiting closure</source>
        <translation>待结案</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>P1 only</source>
        <translation>仅 P1</translation>
    </message>
    <message>
        <source>P1–P2</source>
        <translation>P1–P2</translation>
    </message>
    <message>
        <source>P1–P3</source>
        <translation>P1–P3</translation>
    </message>
    <message>
        <source>Showing one zone only; click to show every zone</source>
        <translation>只显示一个辖区；点击显示全部辖区</translation>
    </message>
    <message>
        <source>Zone: %1 ✕</source>
        <translation>辖区：%1 ✕</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Work orders (diverted)</source>
        <translation>工单（已分流）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>New incident %1 · %2 · %3 · %4</source>
        <translation>新警情 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> (allowed %1)</source>
        <translation>（时限 %1）</translation>
    </message>
    <message>
        <source>Sign-for missed: %1 · %2 has not signed for, %3 late%4</source>
        <translation>签收超时：%1 · %2 未签收，已超时 %3%4</translation>
    </message>
    <message>
        <source>Clock breached: %1 · %2, %3 late%4</source>
        <translation>时限超时：%1 · %2，已超时 %3%4</translation>
    </message>
    <message>
        <source>%1  (+%2 more)</source>
        <translation>%1（另有 %2 条）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InjectDialog</name>
    <message>
        <source>Inject an event</source>
        <translation>注入事件</translation>
    </message>
    <message>
        <source>A new call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>An escalation of a call</source>
        <translation>来电升级</translation>
    </message>
    <message>
        <source>A unit event</source>
        <translation>单位事件</translation>
    </message>
    <message>
        <source>An instruction from higher command</source>
        <translation>上级指令</translation>
    </message>
    <message>
        <source>What the caller says</source>
        <translation>报警人所说</translation>
    </message>
    <message>
        <source>Escalates:</source>
        <translation>升级：</translation>
    </message>
    <message>
        <source>Caller says:</source>
        <translation>报警人说：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Should become:</source>
        <translation>应定为：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>breaks down</source>
        <translation>车辆故障</translation>
    </message>
    <message>
        <source>AVL lost</source>
        <translation>定位丢失</translation>
    </message>
    <message>
        <source>reaches its next scene late</source>
        <translation>下一现场迟到</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>For / by:</source>
        <translation>时长 / 迟到：</translation>
    </message>
    <message>
        <source>City bureau command centre</source>
        <translation>市局指挥中心</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来自：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>&amp;Inject now</source>
        <translation>立即注入(&amp;I)</translation>
    </message>
    <message>
        <source>Say who issues the instruction and what it says.</source>
        <translation>请说明指令的下达单位和内容。</translation>
    </message>
    <message>
        <source>Say what the caller says.</source>
        <translation>请填写报警人所说的内容。</translation>
    </message>
    <message>
        <source>No call has been made yet to escalate.</source>
        <translation>尚无可升级的来电。</translation>
    </message>
    <message>
        <source>Divert to:</source>
        <translation>分流至：</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionDialog</name>
    <message>
        <source>Register an instruction from higher command</source>
        <translation>登记上级指令</translation>
    </message>
    <message>
        <source>City bureau command centre</source>
        <translation>市局指挥中心</translation>
    </message>
    <message>
        <source>Provincial department command centre</source>
        <translation>省厅指挥中心</translation>
    </message>
    <message>
        <source>District political and legal committee</source>
        <translation>区委政法委</translation>
    </message>
    <message>
        <source>12345 government hotline</source>
        <translation>12345 政务服务热线</translation>
    </message>
    <message>
        <source>The instruction as received</source>
        <translation>指令原文</translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation>（不关联警情）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>下达单位(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>接收时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>关联警情(&amp;I)：</translation>
    </message>
    <message>
        <source>Urgent: forwarded at once when signed for. General: forwarded after a first analysis, or answered directly. Repeated, no risk: answered directly.</source>
        <translation>紧急：签收即转发，同步研判。一般：初步研判后转发或直接答复。重复无风险：由签收部门直接答复。</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionListModel</name>
    <message>
        <source>answer</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>sign for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation>%1 已超时 %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1：剩余 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>下达单位</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转发至</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionTab</name>
    <message>
        <source>Insert: register · Enter: sign for / answer · F: forward · D: answer directly · U: supervise</source>
        <translation>Insert：登记 · Enter：签收/反馈 · F：转发 · D：直接答复 · U：督办</translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s) past a deadline</source>
        <translation>
            <numerusform>%n 条指令超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>上级指令</translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s), %1 to sign for</source>
        <translation>
            <numerusform>%n 条指令，%1 条待签收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s)</source>
        <translation>
            <numerusform>%n 条指令</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction registered</source>
        <translation>指令已登记</translation>
    </message>
    <message>
        <source>Instruction signed for</source>
        <translation>指令已签收</translation>
    </message>
    <message>
        <source>Instruction signed for and forwarded to %1</source>
        <translation>指令已签收并转发至 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Instruction forwarded to %1</source>
        <translation>指令已转发至 %1</translation>
    </message>
    <message>
        <source>Answer to higher command</source>
        <translation>反馈上级</translation>
    </message>
    <message>
        <source>Answer directly</source>
        <translation>直接答复</translation>
    </message>
    <message>
        <source>What goes back to %1?</source>
        <translation>向 %1 反馈什么？</translation>
    </message>
    <message>
        <source>Instruction answered</source>
        <translation>指令已反馈</translation>
    </message>
    <message>
        <source>the instruction</source>
        <translation>该指令</translation>
    </message>
    <message>
        <source>The instruction is under supervision</source>
        <translation>该指令已列入督办</translation>
    </message>
    <message>
        <source>Signed for: F forwards it, D answers it directly</source>
        <translation>已签收：按 F 转发，按 D 直接答复</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IntakePanel</name>
    <message>
        <source>Pick on map</source>
        <translation>图上点选</translation>
    </message>
    <message>
        <source>Offer to a mediator</source>
        <translation>建议调解</translation>
    </message>
    <message>
        <source>Merge into highlighted (Ctrl+M)</source>
        <translation>并入选中警情 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>放弃本次来电？</translation>
    </message>
    <message>
        <source>What was typed for this call will be lost. Discard it?</source>
        <translation>本次来电已录入的内容将丢失，确定放弃吗？</translation>
    </message>
    <message>
        <source>caller&apos;s number</source>
        <translation>报警人电话</translation>
    </message>
    <message>
        <source>name, if given</source>
        <translation>姓名（如有）</translation>
    </message>
    <message>
        <source>street, number, landmark</source>
        <translation>街道、门牌、标志物</translation>
    </message>
    <message>
        <source>lat, lon — or Pick on map (Ctrl+P)</source>
        <translation>纬度, 经度 —— 或图上点选 (Ctrl+P)</translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>报警人所述情况</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>报警来源(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>位置(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>警情内容(&amp;W)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory / priority</source>
        <translation>类别 / 等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Divert to</source>
        <translation>分流至(&amp;D)</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— 类别 —</translation>
    </message>
    <message>
        <source>— priority —</source>
        <translation>— 等级 —</translation>
    </message>
    <message>
        <source>not diverted (police)</source>
        <translation>不分流（警务处置）</translation>
    </message>
    <message>
        <source>zone: unknown until the location is given</source>
        <translation>片区：给出位置后确定</translation>
    </message>
    <message>
        <source>no call open — F2 takes a new call</source>
        <translation>无来电 —— 按 F2 新接警</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2 前）</translation>
    </message>
    <message>
        <source>Location: write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>位置：请写作 纬度, 经度（例如 22.78, 100.97）</translation>
    </message>
    <message>
        <source>zone: %1 · %2</source>
        <translation>片区：%1 · %2</translation>
    </message>
    <message>
        <source>Save incident (Ctrl+Enter)</source>
        <translation>保存警情 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Divert to %1 (Ctrl+Enter)</source>
        <translation>分流至%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a category and a priority (or describe the call for a proposal).</source>
        <translation>请选择类别和等级（或填写警情内容以获得研判建议）。</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>不在任何片区</translation>
    </message>
    <message>
        <source>The location is outside every zone of the centre: no response circle applies and no station&apos;s area holds it. Save it there anyway?</source>
        <translation>该位置不在本中心任何片区内：没有快反圈，也不属于任何派出所辖区。仍按此位置保存？</translation>
    </message>
    <message>
        <source>Notify as &amp;well</source>
        <translation>同时通知(&amp;W)</translation>
    </message>
    <message>
        <source>⚠ outside every zone of the centre: no response circle — check the place</source>
        <translation>⚠ 不在本中心任何片区：无快反圈——请核实地点</translation>
    </message>
    <message>
        <source>The location is outside every zone: correct it, or clear it if the place is not known.</source>
        <translation>该位置不在任何片区：请更正；如地点不明请清空。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InterchangeActions</name>
    <message>
        <source>&amp;Hand over as EIDO…</source>
        <translation>以 EIDO 移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>请先选择一起警情</translation>
    </message>
    <message>
        <source>Hand over %1 as EIDO</source>
        <translation>以 EIDO 移交 %1</translation>
    </message>
    <message>
        <source>EIDO (*.json)</source>
        <translation>EIDO (*.json)</translation>
    </message>
    <message>
        <source>Hand over as EIDO</source>
        <translation>以 EIDO 移交</translation>
    </message>
    <message>
        <source>%1 written to %2 for the other centre</source>
        <translation>%1 已写入 %2，供对方中心接收</translation>
    </message>
    <message>
        <source>&amp;Take in handed-over incidents…</source>
        <translation>接收移交的警情(&amp;T)…</translation>
    </message>
    <message>
        <source>Take in handed-over incidents (EIDO)</source>
        <translation>接收移交的警情（EIDO）</translation>
    </message>
    <message>
        <source>Take in handed-over incidents</source>
        <translation>接收移交的警情</translation>
    </message>
    <message>
        <source>Nothing was taken in.

%1</source>
        <translation>未接收任何警情。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) taken in on the line %1.</source>
        <translation>
            <numerusform>已从%1线路接收 %n 起警情。</numerusform>
        </translation>
    </message>
    <message>
        <source>no open incident %1</source>
        <translation>没有未结警情 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::Labels</name>
    <message>
        <source>untriaged</source>
        <translation>未研判</translation>
    </message>
    <message>
        <source>outside every zone</source>
        <translation>不在任何辖区内</translation>
    </message>
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
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>position stale</source>
        <translation>位置已过时</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerBulletinDialog</name>
    <message>
        <source>Repeat-incident ledger: weekly bulletin</source>
        <translation>重复警情台账周通报</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>将周通报导出为 PDF</translation>
    </message>
    <message>
        <source>ledger-bulletin.pdf</source>
        <translation>重复警情周通报.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bulletin as CSV</source>
        <translation>将周通报导出为 CSV</translation>
    </message>
    <message>
        <source>ledger-bulletin.csv</source>
        <translation>重复警情周通报.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Repeat-incident ledger, week %1 – %2</source>
        <translation>重复警情台账周通报 %1 – %2</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>%1 · %2 new · %3 open (%4 overdue) · %5 closed</source>
        <translation>%1 · 新增 %2 · 在办 %3（超期 %4）· 销号 %5</translation>
    </message>
    <message>
        <source>The week is still running: figures as of now.</source>
        <translation>本周尚未结束：数据截至当前。</translation>
    </message>
    <message>
        <source>Daily push, weekly bulletin, monthly sign-off: every entry is worked until it is closed.</source>
        <translation>日推进、周通报、月验收：每条台账跟踪至销号。</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>演示数据 —— 非真实辖区</translation>
    </message>
    <message>
        <source>Entries group the repeat marks of one class at one place (the same address or within 50 m); each is owned by the station that answers for the place and worked to closure.</source>
        <translation>台账按同一地点（同一地址或 50 米以内）同一类别归并重复警情标记，由属地派出所负责，跟踪至销号。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerListModel</name>
    <message numerus="yes">
        <source>%1 in %n incident(s): %2</source>
        <translation>
            <numerusform>%1 次（%n 起警情）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation>尚无措施</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立账时间</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>销号期限</translation>
    </message>
    <message>
        <source>Latest action</source>
        <translation>最新措施</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerTab</name>
    <message>
        <source>Enter: note an action · O: hand to another owner · C: close with the result · U: supervise</source>
        <translation>Enter：登记措施 · O：变更责任单位 · C：销号 · U：督办</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat-ledger entry(ies) past their deadline</source>
        <translation>
            <numerusform>%n 条重复警情台账超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat ledger</source>
        <translation>重复警情台账</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n 条台账</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>整治措施</translation>
    </message>
    <message>
        <source>What was done at %1?</source>
        <translation>在 %1 采取了哪些措施？</translation>
    </message>
    <message>
        <source>Action noted</source>
        <translation>措施已登记</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Who answers for it from now on?</source>
        <translation>今后由谁负责？</translation>
    </message>
    <message>
        <source>Ledger entry handed to %1</source>
        <translation>台账已移交 %1 负责</translation>
    </message>
    <message>
        <source>Close the entry</source>
        <translation>台账销号</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>整治结果如何？</translation>
    </message>
    <message>
        <source>Ledger entry closed</source>
        <translation>台账已销号</translation>
    </message>
    <message>
        <source>The ledger entry is under supervision</source>
        <translation>该台账已列入督办</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 —— %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Desk: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;坐席：%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo store.&lt;/b&gt; Accounts: dispatcher, dispatcher2, leader, leader2, trainer, admin — each password is the user name followed by 110 (for example dispatcher110).</source>
        <translation>&lt;b&gt;演示数据库。&lt;/b&gt;账号：dispatcher、dispatcher2、leader、leader2、trainer、admin —— 密码均为用户名后加 110（例如 dispatcher110）。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MainWindow</name>
    <message>
        <source>%1 — Dispatcher workstation [DEMO DATA]</source>
        <translation>%1 —— 接处警调度工作站［演示数据］</translation>
    </message>
    <message>
        <source>%1 — Dispatcher workstation</source>
        <translation>%1 —— 接处警调度工作站</translation>
    </message>
    <message>
        <source>Zone panel</source>
        <translation>辖区图</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>警情列表</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>警力列表</translation>
    </message>
    <message>
        <source>Call intake (F2)</source>
        <translation>接警登记 (F2)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The call was added to %1 as a further caller</source>
        <translation>来电已作为追加报警人并入 %1</translation>
    </message>
    <message>
        <source>Dashboard (this shift)</source>
        <translation>看板（本班）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟踪</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the store&apos;s server is back after %n second(s).</source>
        <translation>
            <numerusform>与数据库服务器的连接已恢复（中断 %n 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or discard the call being taken first; the call back stays on its list</source>
        <translation>请先保存或放弃正在受理的来电；回拨仍留在列表中</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MediationListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Mediator · certificate</source>
        <translation>调解员 · 证号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>交办时间</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>调解时限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MediationTab</name>
    <message>
        <source>S: settled · N: not settled (say why) · R: referred (say where)</source>
        <translation>S：调解成功 · N：调解未成（说明原因）· R：移送（说明去向）</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s) past their deadline</source>
        <translation>
            <numerusform>%n 起调解超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s)</source>
        <translation>
            <numerusform>%n 起调解</numerusform>
        </translation>
    </message>
    <message>
        <source>What did the parties agree? (may stay empty)</source>
        <translation>双方达成了什么协议？（可不填）</translation>
    </message>
    <message>
        <source>Why did they not settle?</source>
        <translation>调解未成的原因？</translation>
    </message>
    <message>
        <source>Where was the dispute referred?</source>
        <translation>纠纷移送至何处？</translation>
    </message>
    <message>
        <source>Mediation recorded: %1</source>
        <translation>调解结果已登记：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MediatorDialog</name>
    <message>
        <source>&amp;Send the mediator to the scene as well</source>
        <translation>同时派调解员到现场(&amp;S)</translation>
    </message>
    <message>
        <source>Hand %1 to a mediator</source>
        <translation>将 %1 交调解员调解</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>调解员证</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 —— 已过期</translation>
    </message>
    <message>
        <source>no mediator&apos;s certificate</source>
        <translation>无调解员证</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>调解员证已过期</translation>
    </message>
    <message>
        <source>What the mediator should know (optional)</source>
        <translation>需告知调解员的情况（可不填）</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>交办(&amp;H)</translation>
    </message>
    <message>
        <source>Choose a mediator whose certificate is valid.</source>
        <translation>请选择持有有效调解员证的调解员。</translation>
    </message>
    <message>
        <source>Handed over, but the mediator was not sent: %1</source>
        <translation>已交办，但调解员未能派出：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::OwedListModel</name>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::OwedTab</name>
    <message>
        <source>Everything owed, the overdue first. Enter: open the item in its list</source>
        <translation>全部待办事项，超时的排在最前。Enter：在所属列表中打开</translation>
    </message>
    <message>
        <source>All owed</source>
        <translation>全部待办</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::PhoneCallsWidget</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ± %2 (%3)</source>
        <translation>%1 ± %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <source>Enter or F2: answer the highlighted call (the intake form opens with the number and place)</source>
        <translation>Enter 或 F2：接听选中的来电（接警登记表带号码和位置打开）</translation>
    </message>
    <message>
        <source>ON THE WATCH LIST</source>
        <translation>在关注名单上</translation>
    </message>
    <message>
        <source>ON THE WATCH LIST: %1</source>
        <translation>在关注名单上：%1</translation>
    </message>
    <message>
        <source>open incident %1</source>
        <translation>未结警情 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in 30 days, last %1</source>
        <translation>
            <numerusform>30 天内来电 %n 次，最近 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>first call in 30 days</source>
        <translation>30 天内首次来电</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>（未显示号码）</translation>
    </message>
    <message>
        <source>No call ringing</source>
        <translation>无来电振铃</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n 个来电振铃中</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned call</source>
        <translation>无未接来电</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s): call back</source>
        <translation>
            <numerusform>%n 个未接来电：请回拨</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the network says: %1</source>
        <translation>网络定位：%1</translation>
    </message>
    <message>
        <source>no number: no history</source>
        <translation>无号码：无记录</translation>
    </message>
    <message>
        <source>history not available (the store cannot be read)</source>
        <translation>记录不可用（无法读取警情库）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>号码记录</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>No emergency…</source>
        <translation>无警情…</translation>
    </message>
    <message>
        <source>Take the call</source>
        <translation>接警</translation>
    </message>
    <message>
        <source>The caller was reached and has an emergency: the intake form opens with the call</source>
        <translation>已接通且有警情：打开接警单并带入来电信息</translation>
    </message>
    <message>
        <source>The caller was reached and there is no emergency: say what they said</source>
        <translation>已接通且无警情：写明对方所说</translation>
    </message>
    <message>
        <source>Tried, nobody answered: the try counts; after the last one the call back is closed</source>
        <translation>已拨打，无人接听：计一次；最后一次后回拨结束</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s): call back (%1 overdue)</source>
        <translation>
            <numerusform>%n 个未接来电：请回拨（%1 个超时）</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>%1附近</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::PhoneDesk</name>
    <message>
        <source>Telephone (F2 answers)</source>
        <translation>电话（F2 接听）</translation>
    </message>
    <message>
        <source>Go to the telephone</source>
        <translation>转到电话</translation>
    </message>
    <message>
        <source>save or discard the call being taken first (it stays ringing)</source>
        <translation>请先保存或放弃正在登记的警情（该来电继续振铃）</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>未接听：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing: F2 answers</source>
        <translation>
            <numerusform>%n 个来电振铃：F2 接听</numerusform>
        </translation>
    </message>
    <message>
        <source>Telephone: recorded calls</source>
        <translation>电话：录制的来电</translation>
    </message>
    <message>
        <source>%1 events, %2 not understood</source>
        <translation>%1 条事件，%2 条无法识别</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <source>Telephone: NOT CONNECTED (port %1)</source>
        <translation>电话：未连接（端口 %1）</translation>
    </message>
    <message>
        <source>Telephone: connected</source>
        <translation>电话：已连接</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>接听振铃来电</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::PlaceCorrectionDialog</name>
    <message>
        <source>Correct the place of %1</source>
        <translation>更正 %1 的地点</translation>
    </message>
    <message>
        <source>lat, lon — empty when not known</source>
        <translation>纬度, 经度——不明时留空</translation>
    </message>
    <message>
        <source>e.g. the caller gave the place again</source>
        <translation>如：报警人重新说明了地点</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现为：%1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <source>no point: the incident cannot be ranked or drawn</source>
        <translation>无坐标：无法推荐警力，也无法在地图上显示</translation>
    </message>
    <message>
        <source>write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>请写作 纬度, 经度（例如 22.78, 100.97）</translation>
    </message>
    <message>
        <source>outside every zone of the centre: no response circle</source>
        <translation>不在本中心任何片区：无快反圈</translation>
    </message>
    <message>
        <source>zone: %1 · %2</source>
        <translation>片区：%1 · %2</translation>
    </message>
    <message>
        <source>Location: write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>位置：请写作 纬度, 经度（例如 22.78, 100.97）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RectificationListModel</name>
    <message>
        <source>no unit sent</source>
        <translation>未派警</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>What the caller said</source>
        <translation>报警人反映</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RectificationTab</name>
    <message>
        <source>Enter: record what was done</source>
        <translation>Enter：登记整改措施</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s)</source>
        <translation>
            <numerusform>整改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) past their deadline</source>
        <translation>
            <numerusform>%n 项整改已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>采取了哪些整改措施？</translation>
    </message>
    <message>
        <source>Rectification closed</source>
        <translation>整改已办结</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportCharts</name>
    <message>
        <source>Volume by day</source>
        <translation>每日警情量</translation>
    </message>
    <message>
        <source>Category mix</source>
        <translation>警情类别构成</translation>
    </message>
    <message>
        <source>Hourly load</source>
        <translation>分时段警情</translation>
    </message>
    <message>
        <source>Dispatch to on scene, 1/3/5 min</source>
        <translation>派警至到场（1/3/5 分钟）</translation>
    </message>
    <message>
        <source>Arrival in time by zone</source>
        <translation>各片区按时到场率</translation>
    </message>
    <message>
        <source>Zone ranking</source>
        <translation>片区排名</translation>
    </message>
    <message>
        <source>No incidents in the period</source>
        <translation>本期无警情</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>警情数</translation>
    </message>
    <message>
        <source>average %1 a day</source>
        <translation>日均 %1 起</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>时段（时）</translation>
    </message>
    <message>
        <source>No arrival recorded in the period</source>
        <translation>本期无到场记录</translation>
    </message>
    <message>
        <source>Minutes after dispatch (last bar: 10 and more)</source>
        <translation>派警后分钟数（最后一栏：10 分钟及以上）</translation>
    </message>
    <message>
        <source>%1 min: %2%</source>
        <translation>%1 分钟：%2%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Arrivals within the zone&apos;s circle (%)</source>
        <translation>按圈层时限到场（%）</translation>
    </message>
    <message>
        <source>Nothing measured in the period</source>
        <translation>本期无统计数据</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportDocument</name>
    <message>
        <source>Nothing in the period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Daily, weekly and monthly reports…</source>
        <translation>日报、周报、月报(&amp;D)…</translation>
    </message>
    <message>
        <source>Warning &amp;bulletin…</source>
        <translation>预警通报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>导入历史警情(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>History imported: %n incident(s)</source>
        <translation>
            <numerusform>已导入历史警情 %n 起</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Staging point siting…</source>
        <translation>科学布点(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>上一期（Alt+←）</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>下一期（Alt+→）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Day in the period:</source>
        <translation>所在日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) received from %1 to %2 (live work and imported history; exercises excluded)</source>
        <translation>
            <numerusform>%1 至 %2 接报警情 %n 起（含实时与导入历史，不含演练）</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3), compared with %4 to %5</source>
        <translation>统计期：%1 至 %2（%3），对比 %4 至 %5</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>%2 生成于 %1</translation>
    </message>
    <message>
        <source>the workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>演示数据 —— 非真实辖区</translation>
    </message>
    <message>
        <source>Live work and imported history; training exercises are never counted. Intervals are measured to the first unit; arrival in time is against each incident&apos;s own circle (1/3/5 minutes).</source>
        <translation>统计实时警情与导入的历史警情，演练数据一概不计。各时长均以首车计；按时到场以各警情所在圈层时限（1/3/5 分钟）衡量。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>将报表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1（截至目前）</translation>
    </message>
    <message>
        <source>The period is still running: read to the time of printing, against the same span of the period before.</source>
        <translation>本期尚未结束：统计至打印时刻，并与上期同一时段对比。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RingingCallsWidget</name>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <source>What the caller says</source>
        <translation>报警人所说</translation>
    </message>
    <message>
        <source>Enter: answer the highlighted call (the intake form opens with what the caller says)</source>
        <translation>回车：接听选中的来电（接警表单打开并带入报警人所说）</translation>
    </message>
    <message>
        <source>No call ringing</source>
        <translation>无来电振铃</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n 个来电振铃中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RosterDialog</name>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>This shift: %1</source>
        <translation>本班：%1</translation>
    </message>
    <message>
        <source>Next shift: %1</source>
        <translation>下一班：%1</translation>
    </message>
    <message>
        <source>Dispatcher (tick: on duty)</source>
        <translation>接警员（勾选：在岗）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>班次(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>值班长(&amp;L)：</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftDutyDialog</name>
    <message>
        <source>Units for the shift</source>
        <translation>本班警力上下勤</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3. Tick the units on duty for this shift.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 – %3。勾选本班在勤的警力。</translation>
    </message>
    <message>
        <source>Tick the units on duty for this shift.</source>
        <translation>勾选本班在勤的警力。</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>无所属派出所</translation>
    </message>
    <message>
        <source>All shown o&amp;n duty</source>
        <translation>所列全部上勤(&amp;N)</translation>
    </message>
    <message>
        <source>All shown o&amp;ff duty</source>
        <translation>所列全部下勤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>派出所(&amp;S)</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在勤</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>呼号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Change duty</source>
        <translation>确认上下勤(&amp;C)</translation>
    </message>
    <message>
        <source>On incident %1: stays on duty until cleared</source>
        <translation>正在处置 %1：任务解除前保持在勤</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) come on duty</source>
        <translation>
            <numerusform>%n 个警力上勤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) go off duty</source>
        <translation>
            <numerusform>%n 个警力下勤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) on incidents stay</source>
        <translation>
            <numerusform>%n 个处警中的警力保持在勤</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftMenu</name>
    <message>
        <source>S&amp;hift</source>
        <translation>班次(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
    <message>
        <source>Handover &amp;archive…</source>
        <translation>交接班记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Flag for the handover…</source>
        <translation>标记交接事项(&amp;F)…</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <source>Shift &amp;pattern…</source>
        <translation>班次安排(&amp;P)…</translation>
    </message>
    <message>
        <source>Flag for the handover</source>
        <translation>标记交接事项</translation>
    </message>
    <message>
        <source>What must the handover say about %1?</source>
        <translation>交接班时关于 %1 须说明什么？</translation>
    </message>
    <message>
        <source>What must the handover mention?</source>
        <translation>交接班时须提及什么？</translation>
    </message>
    <message>
        <source>Flagged for the handover</source>
        <translation>已标记为交接事项</translation>
    </message>
    <message>
        <source>Duty roster saved</source>
        <translation>值班表已保存</translation>
    </message>
    <message>
        <source>Shift pattern saved</source>
        <translation>班次安排已保存</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftPatternDialog</name>
    <message>
        <source>Shift pattern</source>
        <translation>班次安排</translation>
    </message>
    <message>
        <source>Starts (HH:mm)</source>
        <translation>开始时间（HH:mm）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add a shift</source>
        <translation>添加班次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected</source>
        <translation>删除选中(&amp;R)</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>新班次</translation>
    </message>
    <message>
        <source>Each shift ends where the next begins; the handover is made at each start.</source>
        <translation>每个班次在下一班开始时结束；交接班在每班开始时进行。</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a time (HH:mm)</source>
        <translation>第 %1 行：“%2”不是时间（HH:mm）</translation>
    </message>
    <message>
        <source>Row %1: the shift needs a name</source>
        <translation>第 %1 行：班次需要名称</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SitingDialog</name>
    <message>
        <source>Choose among the existing points &amp;only</source>
        <translation>只在现有点位中选(&amp;O)</translation>
    </message>
    <message>
        <source>Prefer a &amp;second point in reach</source>
        <translation>优先考虑第二点位可达(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find the sites (Ctrl+Enter)</source>
        <translation>计算布点(&amp;F)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Save as GeoJSON…</source>
        <translation>另存为 GeoJSON(&amp;S)…</translation>
    </message>
    <message>
        <source>Where to put staging points (科学布点)</source>
        <translation>科学布点</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Tick the points that stay whatever the solver finds</source>
        <translation>勾选无论求解结果如何都保留的点位</translation>
    </message>
    <message>
        <source>&amp;Points to place</source>
        <translation>布点数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reached within</source>
        <translation>到达时限(&amp;R)</translation>
    </message>
    <message>
        <source>Incidents &amp;received</source>
        <translation>接警时段(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep these points</source>
        <translation>保留这些点位(&amp;K)</translation>
    </message>
    <message>
        <source>Choose the period and the number of points, then find the sites. The incidents of the period are reached over the map&apos;s roads from each candidate: today&apos;s points and a road node every 400 m where incidents are.</source>
        <translation>选择时段和布点数后计算。从每个候选点位沿地图道路计算到达该时段各警情的时间：候选为现有点位，以及有警情处每 400 米取一个道路节点。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Incidents reached</source>
        <translation>可达警情</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>警情数</translation>
    </message>
    <message>
        <source>Reached now</source>
        <translation>现状可达</translation>
    </message>
    <message>
        <source>Reached, proposed</source>
        <translation>建议可达</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>⚠ The period ends before it starts.</source>
        <translation>⚠ 时段的结束早于开始。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with a position in the period</source>
        <translation>
            <numerusform>该时段有位置的警情 %n 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them off the map&apos;s roads (never reached)</source>
        <translation>
            <numerusform>，其中 %n 起不在地图道路附近（无法到达）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;, from %1 existing point(s) on the roads: %2 reached within %3 s (%4), %5 by two points.</source>
        <translation>&lt;b&gt;现状&lt;/b&gt;，道路上的 %1 个现有点位：%3 秒内到达 %2 起（%4），其中 %5 起有两个点位可达。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed&lt;/b&gt;, %1 point(s): %2 reached (%3), %4 by two points.</source>
        <translation>&lt;b&gt;建议&lt;/b&gt;，%1 个点位：到达 %2 起（%3），其中 %4 起有两个点位可达。</translation>
    </message>
    <message>
        <source>The solver proved this the best choice among %1 candidate sites (%2 s).</source>
        <translation>求解器已证明此为 %1 个候选点位中的最佳选择（%2 秒）。</translation>
    </message>
    <message>
        <source>The solver&apos;s time ran out: a choice at most %1 % better may exist (%2 candidate sites).</source>
        <translation>求解器时间用尽：可能存在最多好 %1 % 的方案（%2 个候选点位）。</translation>
    </message>
    <message>
        <source>existing point</source>
        <translation>现有点位</translation>
    </message>
    <message>
        <source>new, on the road</source>
        <translation>新增（道路上）</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>（不在任何辖区内）</translation>
    </message>
    <message>
        <source>Save the proposed sites</source>
        <translation>保存建议点位</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>⚠ Cannot write %1: %2</source>
        <translation>⚠ 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::StoreBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>The store could not be read: %1 (since %2, %n time(s)). What the desk shows may be out of date; call the administrator.</source>
        <translation>
            <numerusform>无法读取数据库：%1（自 %2 起，共 %n 次）。本席位显示的内容可能已过时，请联系管理员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to the store&apos;s server was lost at %1 (%n second(s) ago). The desk is reconnecting by itself; until then what it shows may be out of date and changes cannot be saved.</source>
        <translation>
            <numerusform>与数据库服务器的连接于 %1 中断（%n 秒前）。本席位正在自动重连；在此之前，显示的内容可能不是最新的，修改也无法保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionDialog</name>
    <message>
        <source>Put %1 under supervision</source>
        <translation>将 %1 列入督办</translation>
    </message>
    <message>
        <source>Who answers for it, e.g. the station&apos;s head</source>
        <translation>责任人，例如派出所所长</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>督办方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Deadline in:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>督办(&amp;S)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>no progress noted yet</source>
        <translation>尚无进展记录</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Answers for it</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionTab</name>
    <message>
        <source>Enter: add a progress note · C: close with the result</source>
        <translation>Enter：记录进展 · C：填写结果并办结</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message numerus="yes">
        <source>%n under supervision</source>
        <translation>
            <numerusform>督办 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervised item(s) past their deadline</source>
        <translation>
            <numerusform>%n 项督办已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>What has happened?</source>
        <translation>有何进展？</translation>
    </message>
    <message>
        <source>Progress noted</source>
        <translation>已记录进展</translation>
    </message>
    <message>
        <source>Close the supervision</source>
        <translation>办结督办</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>办理结果如何？</translation>
    </message>
    <message>
        <source>Supervision closed</source>
        <translation>督办已办结</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TextInput</name>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainerConsole</name>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>P</source>
        <translation>级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Next clock</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On</source>
        <translation>所处警情</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller says</source>
        <translation>报警人说</translation>
    </message>
    <message>
        <source>Trainer console — exercises on a training store, never live work</source>
        <translation>教官控制台 — 演练在训练库上进行，绝不涉及实战</translation>
    </message>
    <message>
        <source>&amp;Open a scenario file…</source>
        <translation>打开演练脚本文件(&amp;O)…</translation>
    </message>
    <message>
        <source>From the store&apos;s &amp;history…</source>
        <translation>由库中历史生成(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Start the exercise</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练脚本</translation>
    </message>
    <message>
        <source>Trainee(s)</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Seed (the same seed gives the same run):</source>
        <translation>随机种子（相同种子得到相同运行）：</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>下一事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Inject…</source>
        <translation>注入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;End and report</source>
        <translation>结束并评估(&amp;E)</translation>
    </message>
    <message>
        <source>%1
%2 calls · %3 min · starts %4</source>
        <translation>%1
%2 个来电 · %3 分钟 · 开始于 %4</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>打开演练脚本</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>演练脚本 (*.json)</translation>
    </message>
    <message>
        <source>Not a usable scenario: %1</source>
        <translation>不是可用的演练脚本：%1</translation>
    </message>
    <message>
        <source>A scenario from the store&apos;s history</source>
        <translation>由库中历史生成演练脚本</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>The exercise could not start: %1</source>
        <translation>演练无法开始：%1</translation>
    </message>
    <message>
        <source>Injected at %1</source>
        <translation>已于 %1 注入</translation>
    </message>
    <message>
        <source>Ended. Score %1.</source>
        <translation>已结束。得分 %1。</translation>
    </message>
    <message>
        <source>▶ Resume (Space)</source>
        <translation>▶ 继续（空格）</translation>
    </message>
    <message>
        <source>❚❚ Pause (Space)</source>
        <translation>❚❚ 暂停（空格）</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2× · next event %3 · %n call(s) ringing · %4 incident(s) open · ends %5</source>
        <translation>
            <numerusform>%1 · %2× · 下一事件 %3 · %n 个来电振铃 · %4 起警情未结 · 结束于 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Trainees: %1</source>
        <translation>学员：%1</translation>
    </message>
    <message>
        <source>A folder on this PC (the trainees&apos; desks open here), or the centre&apos;s training database (postgresql://host/dispatch_training: trainees join from their own desks)</source>
        <translation>本机上的文件夹（学员坐席在本机打开），或中心的训练数据库（postgresql://主机/dispatch_training：学员在各自坐席加入）</translation>
    </message>
    <message>
        <source>Held in:</source>
        <translation>演练存放于：</translation>
    </message>
    <message>
        <source>Trainees join at their own desks with this command, signed in with their own passwords</source>
        <translation>学员在各自坐席用此命令加入，并用本人密码登录</translation>
    </message>
    <message>
        <source>Held on the server; trainees join at their own desks with:</source>
        <translation>演练存放在服务器上；学员在各自坐席用以下命令加入：</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（在 %2）</translation>
    </message>
    <message>
        <source>%1 (not joined yet)</source>
        <translation>%1（尚未加入）</translation>
    </message>
    <message>
        <source>none (e.g. 127.0.0.1:4190)</source>
        <translation>无（例如 127.0.0.1:4190）</translation>
    </message>
    <message>
        <source>The address this console listens on for a practice telephone switch&apos;s CTI feed (the format of a desk&apos;s --cti-listen). Role-players&apos; calls then ring on the trainees&apos; desks with their numbers and places; the scenario&apos;s practice-line calls wait for them.</source>
        <translation>本教官台监听练习用电话交换机 CTI 数据的地址（格式与席位的 --cti-listen 相同）。角色扮演者的来电随即带着号码和位置在学员席位上振铃；脚本中的练习线路来电等待他们拨打。</translation>
    </message>
    <message>
        <source>Practice telephone (CTI):</source>
        <translation>练习电话（CTI）：</translation>
    </message>
    <message>
        <source>%1 scripted and %2 unscripted call(s) rung, %3 line(s) not understood</source>
        <translation>已振铃 %1 个脚本来电、%2 个无脚本来电，%3 行无法识别</translation>
    </message>
    <message>
        <source>Practice telephone: connected (port %1)</source>
        <translation>练习电话：已连接（端口 %1）</translation>
    </message>
    <message>
        <source>Practice telephone: NOT CONNECTED (port %1)</source>
        <translation>练习电话：未连接（端口 %1）</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingDesk</name>
    <message>
        <source>Ringing calls (exercise)</source>
        <translation>振铃来电（演练）</translation>
    </message>
    <message>
        <source>EXERCISE — training store, not live work · %1</source>
        <translation>演练 — 训练库，非实战 · %1</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>[EXERCISE] %1</source>
        <translation>【演练】%1</translation>
    </message>
    <message>
        <source>Go to ringing calls</source>
        <translation>转到振铃来电</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) ringing (Ctrl+Shift+C)</source>
        <translation>
            <numerusform>%n 个新来电振铃（Ctrl+Shift+C）</numerusform>
        </translation>
    </message>
    <message>
        <source>EXERCISE — training store, not live work · %1 · trainee %2</source>
        <translation>演练——训练库，非实战 · %1 · 学员 %2</translation>
    </message>
    <message>
        <source>[EXERCISE] %1 — %2</source>
        <translation>[演练] %1 — %2</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>未能接听：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>演练(&amp;T)</translation>
    </message>
    <message>
        <source>Trainer &amp;console…</source>
        <translation>教官控制台(&amp;C)…</translation>
    </message>
    <message>
        <source>Trainees&apos; &amp;progress…</source>
        <translation>学员进步(&amp;P)…</translation>
    </message>
    <message>
        <source>The trainer console is for trainers and shift leaders</source>
        <translation>教官控制台仅供教官和值班长使用</translation>
    </message>
    <message>
        <source>Trainees&apos; progress</source>
        <translation>学员进步</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>举行时间</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练脚本</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingSession</name>
    <message>
        <source>choose at least one trainee</source>
        <translation>请至少选择一名学员</translation>
    </message>
    <message>
        <source>the practice telephone&apos;s address: %1</source>
        <translation>练习电话的地址：%1</translation>
    </message>
    <message>
        <source>the practice telephone: %1</source>
        <translation>练习电话：%1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferDialog</name>
    <message>
        <source>Transfer %1 to a police station</source>
        <translation>将 %1 移交派出所</translation>
    </message>
    <message>
        <source>Why the station takes it over, e.g. follow-up investigation</source>
        <translation>移交原因，例如需后续调查</translation>
    </message>
    <message>
        <source>The station signs for it within %1.</source>
        <translation>派出所须在 %1 内签收。</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>派出所(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>移交(&amp;T)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Sign-for</source>
        <translation>签收时限</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferTab</name>
    <message>
        <source>Enter: the station signed for the selected transfer</source>
        <translation>Enter：登记派出所已签收所选移交</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>移交</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>移交 %n 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) not signed for in time</source>
        <translation>
            <numerusform>%n 起移交未按时签收</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Who signed for it at the station?</source>
        <translation>派出所签收人是谁？</translation>
    </message>
    <message>
        <source>Transfer signed for by %1</source>
        <translation>移交已由 %1 签收</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TriageProposalView</name>
    <message>
        <source>Triage proposal</source>
        <translation>研判建议</translation>
    </message>
    <message>
        <source>Overridden by the dispatcher: the log keeps both</source>
        <translation>已人工改判：日志同时记录建议与改判</translation>
    </message>
    <message>
        <source>The rules that fired, in the order of the rules file, with the words that matched</source>
        <translation>命中的规则（按规则文件顺序）及匹配的关键词</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Type what happened: the proposal follows as you type.</source>
        <translation>请录入警情内容：研判建议随录入实时给出。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · divert to %1</source>
        <translation> · 分流至%1</translation>
    </message>
    <message>
        <source> · offer mediation</source>
        <translation> · 建议调解</translation>
    </message>
    <message>
        <source>dispatch within 60 s</source>
        <translation>60 秒内派警</translation>
    </message>
    <message>
        <source>dispatch within 120 s</source>
        <translation>120 秒内派警</translation>
    </message>
    <message>
        <source>on scene within %1</source>
        <translation>%1内到场</translation>
    </message>
    <message>
        <source>send: %1</source>
        <translation>派：%1</translation>
    </message>
    <message>
        <source>work order to the agency; no unit is sent</source>
        <translation>向联动单位派发工单，不派警力</translation>
    </message>
    <message>
        <source> (overruled: a police matter)</source>
        <translation>（已否决：属警务事项）</translation>
    </message>
    <message>
        <source>Not diverted: danger sign 「%1」 (%2)</source>
        <translation>不予分流：存在危险情形「%1」（%2）</translation>
    </message>
    <message>
        <source>No rule set the category: the default applies</source>
        <translation>无规则确定类别：按默认处理</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::UnitRosterModel</name>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>Officers + auxiliaries on this shift</source>
        <translation>本班民警 + 辅警</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>呼号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>警力配置</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>驻点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>状态持续</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Position age</source>
        <translation>定位时效</translation>
    </message>
    <message>
        <source>%1 · sign-for late %2</source>
        <translation>%1 · 签收超时 %2</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · 过期</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::UnitRosterWidget</name>
    <message>
        <source>All units</source>
        <translation>全部警力</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在勤</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>待警</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>处警中</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>下勤</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未变更：%1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为%2</translation>
    </message>
    <message>
        <source>%1 shown · %2 available</source>
        <translation>显示 %1 个 · 待警 %2 个</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::WarningBulletinDialog</name>
    <message>
        <source>All incidents</source>
        <translation>全部警情</translation>
    </message>
    <message>
        <source>Warning bulletin (four-colour zone warnings)</source>
        <translation>预警通报（四色预警）</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>当前(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export CAP &amp;XML…</source>
        <translation>导出 CAP XML(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>近期</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>将预警通报导出为 PDF</translation>
    </message>
    <message>
        <source>warning-bulletin.pdf</source>
        <translation>预警通报.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bulletin as a CAP 1.2 alert</source>
        <translation>将预警通报导出为 CAP 1.2 预警</translation>
    </message>
    <message>
        <source>warning-bulletin.xml</source>
        <translation>预警通报.xml</translation>
    </message>
    <message>
        <source>CAP XML (*.xml)</source>
        <translation>CAP XML (*.xml)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Red %1 · orange %2 · yellow %3 of %4 zone and category figures judged</source>
        <translation>红色 %1 · 橙色 %2 · 黄色 %3，共研判片区及类别 %4 项</translation>
    </message>
    <message>
        <source>Every zone is green: no figure above its baseline by the policy&apos;s thresholds.</source>
        <translation>所有片区均为绿色：无指标按策略门槛超出基线。</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s) against the same days of the previous %1 weeks; Enter on a row shows the zone.</source>
        <translation>
            <numerusform>近 %n 天对比前 %1 周同期；在某行按 Enter 可在地图上显示该片区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning bulletin %1</source>
        <translation>预警通报 %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>演示数据 —— 非真实辖区</translation>
    </message>
    <message numerus="yes">
        <source>Each zone and category: incidents in the last %n day(s) against the same days of the previous %1 weeks (mean ± standard deviation). Levels follow the centre&apos;s warning policy.</source>
        <translation>
            <numerusform>按片区和类别：近 %n 天警情数对比前 %1 周同期（均值 ± 标准差）。等级依本中心预警策略判定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised warnings</source>
        <translation>已发布预警</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>各周</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n alert info block(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 条预警信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of the policy&apos;s %2 weeks before this moment, and at least %3 are needed to judge a level.</source>
        <translation>尚无基线：此前策略所需的 %2 周中仅有 %1 周有记录，至少需要 %3 周才能研判等级。</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ZoneImportDialog</name>
    <message>
        <source>&amp;Remove the zones the file lacks (only those no incident or staging point refers to)</source>
        <translation>删除文件中没有的辖区(&amp;R)（仅限无警情或屯警点引用的）</translation>
    </message>
    <message>
        <source>Import zones from GeoJSON</source>
        <translation>从 GeoJSON 导入辖区</translation>
    </message>
    <message>
        <source>A GeoJSON FeatureCollection of Polygon or MultiPolygon features</source>
        <translation>由 Polygon 或 MultiPolygon 要素组成的 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name property</source>
        <translation>名称属性(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code property</source>
        <translation>编码属性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tier property</source>
        <translation>圈层属性(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Default tier</source>
        <translation>默认圈层(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Only an administrator can import zones. Sign in as one to import.</source>
        <translation>只有管理员可以导入辖区。请以管理员身份登录后导入。</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>辖区文件</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (not an area or invalid): the import will name them</source>
        <translation>
            <numerusform>%n 个被拒绝（非面状或无效）：导入时会逐一指出</numerusform>
        </translation>
    </message>
    <message>
        <source>properties: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Derived from the name</source>
        <translation>由名称生成</translation>
    </message>
    <message>
        <source>None: every zone takes the default tier</source>
        <translation>无：所有辖区取默认圈层</translation>
    </message>
    <message>
        <source>No property holds a name in every feature; the zones cannot be named from this file.</source>
        <translation>没有在每个要素中都有名称的属性；无法从该文件为辖区命名。</translation>
    </message>
    <message>
        <source>Not imported, nothing changed: %1</source>
        <translation>未导入，未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n zone(s), %2 vertices</source>
        <translation>
            <numerusform>已导入 %1：%n 个辖区，%2 个顶点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added · %2 updated · %3 unchanged · %4 removed</source>
        <translation>新增 %1 · 更新 %2 · 未变 %3 · 删除 %4</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ZonePanel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>演示数据 —— 非真实辖区</translation>
    </message>
    <message>
        <source>Location of the call being taken</source>
        <translation>当前来电位置</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n active incident(s)</source>
        <translation>
            <numerusform>%1 · %2 · 在办警情 %n 起</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>%1: %2 min</source>
        <translation>%1：%2 分钟</translation>
    </message>
    <message>
        <source>0–1 active incidents</source>
        <translation>在办警情 0–1 起</translation>
    </message>
    <message>
        <source>2–3 active incidents</source>
        <translation>在办警情 2–3 起</translation>
    </message>
    <message>
        <source>4–5 active incidents</source>
        <translation>在办警情 4–5 起</translation>
    </message>
    <message>
        <source>6 or more active incidents</source>
        <translation>在办警情 6 起及以上</translation>
    </message>
    <message>
        <source>Warning level: %1</source>
        <translation>预警等级：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings: last %n day(s) against %1 weeks</source>
        <translation>
            <numerusform>预警：近 %n 天对比前 %1 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Active incidents per zone</source>
        <translation>各片区未结警情</translation>
    </message>
    <message>
        <source>Green: normal</source>
        <translation>绿色：正常</translation>
    </message>
    <message numerus="yes">
        <source>Yellow: attention (%n)</source>
        <translation>
            <numerusform>黄色：关注（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orange: urgent (%n)</source>
        <translation>
            <numerusform>橙色：紧急（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Red: severe (%n)</source>
        <translation>
            <numerusform>红色：严重（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings not updated: %1</source>
        <translation>预警未更新：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of %2 weeks</source>
        <translation>尚无基线：记录仅覆盖 %2 周中的 %1 周</translation>
    </message>
    <message>
        <source>Click the caller&apos;s place on the map · Esc cancels</source>
        <translation>在地图上点击报警位置 · Esc 取消</translation>
    </message>
    <message>
        <source>Where the network places the caller: within %1 (%2)</source>
        <translation>网络定位来电人：%1 范围内（%2）</translation>
    </message>
    <message>
        <source>Recommended: %1, by road</source>
        <translation>推荐：%1，沿路</translation>
    </message>
    <message>
        <source>%1: %2 min by road</source>
        <translation>%1：沿路 %2 分钟</translation>
    </message>
    <message>
        <source>Proposed site %1 (an existing point kept) %2</source>
        <translation>建议点位 %1（保留的现有点位）%2</translation>
    </message>
    <message>
        <source>Proposed site %1 (a new point on the road)</source>
        <translation>建议点位 %1（道路上的新点位）</translation>
    </message>
</context>
<context>
    <name>dispatchctl</name>
    <message>
        <source>Create or upgrade a store; --demo seeds the demo district</source>
        <translation>创建或升级数据库；--demo 写入演示辖区</translation>
    </message>
    <message>
        <source>List incidents</source>
        <translation>列出警情</translation>
    </message>
    <message>
        <source>List, add users and set passwords</source>
        <translation>列出、添加用户并设置密码</translation>
    </message>
    <message>
        <source>Usage: dispatchctl COMMAND [OPTIONS]</source>
        <translation>用法：dispatchctl 命令 [选项]</translation>
    </message>
    <message>
        <source>The headless tool of the dispatcher workstation.</source>
        <translation>接处警调度工作站的命令行工具。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>&apos;dispatchctl COMMAND --help&apos; describes one command.</source>
        <translation>“dispatchctl 命令 --help”可查看单个命令的说明。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的命令“%1”</translation>
    </message>
    <message>
        <source>Language of the output: en (default) or zh_CN</source>
        <translation>输出语言：en（默认）或 zh_CN</translation>
    </message>
    <message>
        <source>Triage calls given as JSON Lines (category, priority, diversion)</source>
        <translation>研判以 JSON Lines 给出的来电（类别、等级、分流）</translation>
    </message>
    <message>
        <source>List units with status, position and staleness</source>
        <translation>列出警力的状态、位置及定位是否过期</translation>
    </message>
    <message>
        <source>Rank the units for an incident at a point</source>
        <translation>为某点的警情排序推荐警力</translation>
    </message>
    <message>
        <source>Feed recorded NMEA positions to a unit (avl replay)</source>
        <translation>向警力回放录制的 NMEA 定位（avl replay）</translation>
    </message>
    <message>
        <source>List zones or import them from a GeoJSON file</source>
        <translation>列出辖区或从 GeoJSON 文件导入</translation>
    </message>
    <message>
        <source>Statistics of a period (counts, response intervals, compliance)</source>
        <translation>时段统计（计数、响应间隔、达标情况）</translation>
    </message>
    <message>
        <source>Write a synthetic history for benchmarks and demos</source>
        <translation>生成用于基准测试和演示的合成历史</translation>
    </message>
    <message>
        <source>Four-colour zone warnings (text, JSON, CAP 1.2)</source>
        <translation>四色预警（文本、JSON、CAP 1.2）</translation>
    </message>
    <message>
        <source>Everything still owed after the call, with owner and deadline</source>
        <translation>警情处置后的全部待办，含责任方和期限</translation>
    </message>
    <message>
        <source>The repeat-incident ledger&apos;s weekly bulletin</source>
        <translation>重复警情台账周通报</translation>
    </message>
    <message>
        <source>The handover report of a shift (JSON, PDF)</source>
        <translation>班次交接班报告（JSON、PDF）</translation>
    </message>
    <message>
        <source>Run a training scenario headless from its seed</source>
        <translation>按随机种子无界面运行演练脚本</translation>
    </message>
    <message>
        <source>Check a training scenario, or write one from history</source>
        <translation>校验演练脚本，或由历史生成脚本</translation>
    </message>
    <message>
        <source>Take a call (JSON): the incident&apos;s number, or the open incidents it may duplicate</source>
        <translation>受理来电（JSON）：输出警情编号，或可能重复的未结警情</translation>
    </message>
    <message>
        <source>Send units to an open incident, under the desk&apos;s rules</source>
        <translation>按席位规则向未结警情派出警力</translation>
    </message>
    <message>
        <source>A unit&apos;s step: signed_for, en_route, on_scene or clear</source>
        <translation>警力环节：signed_for、en_route、on_scene 或 clear</translation>
    </message>
    <message>
        <source>Every desk of the store: who is signed in where, last seen</source>
        <translation>本库的所有席位：谁在哪个席位登录、最后活动时间</translation>
    </message>
    <message>
        <source>Verify the store: SQLite integrity, the event chain, the accepted handovers</source>
        <translation>检查数据库：SQLite 完整性、事件链、已接班确认的交接班报告</translation>
    </message>
    <message>
        <source>The exercises held in a training database on the server; drop one</source>
        <translation>服务器训练数据库中的演练；可删除</translation>
    </message>
    <message>
        <source>Print the event chain&apos;s head to keep outside the store (check --anchors proves it)</source>
        <translation>输出事件链的链头，保存在数据库之外（check --anchors 据此验证）</translation>
    </message>
    <message>
        <source>Make the centre&apos;s key for the event log (key init)</source>
        <translation>生成中心的事件日志密钥（key init）</translation>
    </message>
    <message>
        <source>Import CAD history from a CSV export through a profile, or take in incidents handed over as EIDO (--eido)</source>
        <translation>按配置从 CSV 导出导入 CAD 历史，或接收以 EIDO 移交的警情（--eido）</translation>
    </message>
    <message>
        <source>Write incidents as NENA EIDO JSON to hand them to another centre</source>
        <translation>将警情写成 NENA EIDO JSON 以移交其他中心</translation>
    </message>
    <message>
        <source>Write a recorded day of the telephone switch&apos;s calls into the store (cti replay)</source>
        <translation>把录制的一天电话交换机来电写入数据库（cti replay）</translation>
    </message>
    <message>
        <source>The fastest route by the roads of the centre&apos;s map between two points</source>
        <translation>两点间按本中心地图道路的最快路线</translation>
    </message>
    <message>
        <source>The centre&apos;s map: load an OpenStreetMap file (map import) or an address list (map addresses), or show what is loaded</source>
        <translation>中心地图：导入 OpenStreetMap 文件（map import）或地址清单（map addresses），或查看已导入的内容</translation>
    </message>
    <message>
        <source>The places of the gazetteer for an address or a name, best first</source>
        <translation>按地址或名称查地名库中的地点，最佳在前</translation>
    </message>
    <message>
        <source>Where to put staging points: the sites reaching most incidents by road in time</source>
        <translation>科学布点：按道路在时限内到达警情最多的点位</translation>
    </message>
    <message>
        <source>Fit the vehicles&apos; road speeds to the units&apos; journeys in imported history</source>
        <translation>按导入历史中单位的行程拟合车辆道路车速</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The dispatcher workstation of a 110 command centre.</source>
        <translation>110 指挥中心的接处警调度工作站。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name of this desk (recorded on every event).</source>
        <translation>本坐席的名称（记录在每条事件中）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fill in this user name at sign-in.</source>
        <translation>登录时预填此用户名。</translation>
    </message>
    <message>
        <source>Triage rules file (default: the one chosen in the desk&apos;s settings, else the built-in rules).</source>
        <translation>研判规则文件（默认：坐席设置中选定的文件，否则为内置规则）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Triage rules refused</source>
        <translation>研判规则被拒绝</translation>
    </message>
    <message>
        <source>The triage rules file was refused; the built-in rules are in force.

%1</source>
        <translation>研判规则文件被拒绝，内置规则生效。

%1</translation>
    </message>
    <message>
        <source>Take live unit positions over TCP on HOST:PORT (each connection sends &quot;UNIT &lt;callsign&gt;&quot;, then NMEA sentences).</source>
        <translation>在 主机:端口 上通过 TCP 接收警力实时定位（每个连接先发送“UNIT &lt;呼号&gt;”，再发送 NMEA 语句）。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>Replay a recorded NMEA file as a unit&apos;s positions, moved to start where the unit is (repeatable).</source>
        <translation>把录制的 NMEA 文件作为某警力的定位回放，轨迹平移到该警力当前位置开始（可重复）。</translation>
    </message>
    <message>
        <source>CALLSIGN=FILE</source>
        <translation>呼号=文件</translation>
    </message>
    <message>
        <source>no unit with callsign &quot;%1&quot;</source>
        <translation>没有呼号为“%1”的警力</translation>
    </message>
    <message>
        <source>taking live positions on %1 port %2</source>
        <translation>正在 %1 端口 %2 接收实时定位</translation>
    </message>
    <message>
        <source>give CALLSIGN=FILE</source>
        <translation>请给出 呼号=文件</translation>
    </message>
    <message>
        <source>%1 has no position to start the replay at</source>
        <translation>%1 没有可作回放起点的位置</translation>
    </message>
    <message>
        <source>Live positions</source>
        <translation>实时定位</translation>
    </message>
    <message>
        <source>The desk opens without these live positions:

%1</source>
        <translation>席位将在没有以下实时定位的情况下打开：

%1</translation>
    </message>
    <message>
        <source>Work on this store: a file, or a centre&apos;s server as postgresql://user@host/database (default: the embedded demo store).</source>
        <translation>使用此数据库：一个文件，或指挥中心的服务器，写作 postgresql://用户@主机/数据库（默认：内置演示数据库）。</translation>
    </message>
    <message>
        <source>The store is readable by others</source>
        <translation>数据库可被他人读取</translation>
    </message>
    <message>
        <source>The store could not be read: %1

Run dispatchctl check on it and call the administrator; nothing was changed.</source>
        <translation>无法读取数据库：%1

请对其运行 dispatchctl check 并联系管理员；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the event log&apos;s key</source>
        <translation>无法读取事件日志的密钥</translation>
    </message>
    <message>
        <source>The store&apos;s guards were changed outside the workstation and have been made again: %1. Tell the administrator; dispatchctl check lists it.</source>
        <translation>数据库的保护触发器曾在工作站之外被改动，现已重建：%1。请告知管理员；dispatchctl check 会列出此事。</translation>
    </message>
    <message>
        <source>The store was changed outside the workstation</source>
        <translation>数据库曾在工作站之外被改动</translation>
    </message>
    <message>
        <source>Take the telephone system&apos;s calls over TCP on HOST:PORT (JSON Lines: ringing, answered, location, ended; see the README).</source>
        <translation>通过 TCP 在 主机:端口 接收电话系统的呼叫（JSON Lines：ringing、answered、location、ended；见 README）。</translation>
    </message>
    <message>
        <source>Numbers the centre watches (&quot;number,note&quot; per line), said when they ring.</source>
        <translation>中心关注的号码（每行“号码,备注”），来电时提示。</translation>
    </message>
    <message>
        <source>taking the telephone system&apos;s calls on port %1</source>
        <translation>在端口 %1 接收电话系统的呼叫</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The desk opens without these parts of the telephone feed:

%1</source>
        <translation>席位将在没有以下电话接入部分的情况下打开：

%1</translation>
    </message>
    <message>
        <source>the watch list is said when a number rings: it needs --cti-listen</source>
        <translation>关注名单在号码来电时提示：需要 --cti-listen</translation>
    </message>
</context>
</TS>
