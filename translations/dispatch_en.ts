<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dispatch::AbandonedCallKind</name>
    <message>
        <source>Abandoned calls</source>
        <translation>Abandoned calls</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 tries so far)</source>
        <translation>%1 · %2 (%3 tries so far)</translation>
    </message>
    <message>
        <source>number withheld</source>
        <translation>number withheld</translation>
    </message>
    <message>
        <source>the centre (call backs)</source>
        <translation>the centre (call backs)</translation>
    </message>
</context>
<context>
    <name>dispatch::AddressList</name>
    <message>
        <source>not %1 text</source>
        <translation>not %1 text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (the profile&apos;s &quot;%2&quot;)</source>
        <translation>no column &quot;%1&quot; in the header (the profile&apos;s &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: line 1</source>
        <translation>%1: line 1</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: line %2</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>a quote is opened and never closed</translation>
    </message>
    <message>
        <source>not UTF-8 text (a list in GBK needs &quot;encoding&quot;: &quot;GB18030&quot; in the profile)</source>
        <translation>not UTF-8 text (a list in GBK needs &quot;encoding&quot;: &quot;GB18030&quot; in the profile)</translation>
    </message>
    <message>
        <source>the address (column &quot;%1&quot;) is empty</source>
        <translation>the address (column &quot;%1&quot;) is empty</translation>
    </message>
    <message>
        <source>the latitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -90 to 90</source>
        <translation>the latitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -90 to 90</translation>
    </message>
    <message>
        <source>the longitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -180 to 180</source>
        <translation>the longitude (column &quot;%1&quot;) is &quot;%2&quot;: a number from -180 to 180</translation>
    </message>
    <message>
        <source>the address is longer than 200 characters</source>
        <translation>the address is longer than 200 characters</translation>
    </message>
    <message>
        <source>the list has no address</source>
        <translation>the list has no address</translation>
    </message>
</context>
<context>
    <name>dispatch::AddressListProfile</name>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>not a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (address, lat, lon, separator, encoding, description)</source>
        <translation>unknown key &quot;%1&quot; (address, lat, lon, separator, encoding, description)</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>must be a text that is not empty</translation>
    </message>
    <message>
        <source>one character, such as &quot;,&quot; or &quot;;&quot; or &quot;\t&quot;</source>
        <translation>one character, such as &quot;,&quot; or &quot;;&quot; or &quot;\t&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding taken here (UTF-8 or GB18030)</source>
        <translation>&quot;%1&quot; is not an encoding taken here (UTF-8 or GB18030)</translation>
    </message>
</context>
<context>
    <name>dispatch::AfterActionReport</name>
    <message>
        <source>Score = 100 × (0.30 dispatched within the true priority&apos;s target + 0.20 category right + 0.15 priority right + 0.10 diversion right + 0.10 further callers merged + 0.10 first unit as recommended + 0.05 calls answered); each term is a share of its events, and a term with nothing to judge counts as met.</source>
        <translation>Score = 100 × (0.30 dispatched within the true priority&apos;s target + 0.20 category right + 0.15 priority right + 0.10 diversion right + 0.10 further callers merged + 0.10 first unit as recommended + 0.05 calls answered); each term is a share of its events, and a term with nothing to judge counts as met.</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>The session</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Calls answered</translation>
    </message>
    <message>
        <source>Dispatched within the true priority&apos;s target</source>
        <translation>Dispatched within the true priority&apos;s target</translation>
    </message>
    <message>
        <source>Category right</source>
        <translation>Category right</translation>
    </message>
    <message>
        <source>Priority right</source>
        <translation>Priority right</translation>
    </message>
    <message>
        <source>Diversion right</source>
        <translation>Diversion right</translation>
    </message>
    <message>
        <source>Further callers merged (duplicates)</source>
        <translation>Further callers merged (duplicates)</translation>
    </message>
    <message>
        <source>First unit as recommended</source>
        <translation>First unit as recommended</translation>
    </message>
    <message>
        <source>Units signed for within 30 s</source>
        <translation>Units signed for within 30 s</translation>
    </message>
    <message>
        <source>Units on scene within the circle&apos;s time</source>
        <translation>Units on scene within the circle&apos;s time</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>How the score is made</translation>
    </message>
    <message>
        <source>Each event</source>
        <translation>Each event</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Truth</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Call → dispatch</source>
        <translation>Call → dispatch</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Dispatch → on scene</source>
        <translation>Dispatch → on scene</translation>
    </message>
    <message>
        <source>Unit / recommended</source>
        <translation>Unit / recommended</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Duplicates merged</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Practice-line calls no role-player placed</source>
        <translation>Practice-line calls no role-player placed</translation>
    </message>
    <message>
        <source>unscripted (practice line)</source>
        <translation>unscripted (practice line)</translation>
    </message>
    <message>
        <source>abandoned: the caller hung up after %1</source>
        <translation>abandoned: the caller hung up after %1</translation>
    </message>
</context>
<context>
    <name>dispatch::AgencyCommands</name>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: no agency is notified of it any more</source>
        <translation>incident %1 is &quot;%2&quot;: no agency is notified of it any more</translation>
    </message>
    <message>
        <source>agency &quot;%1&quot; is not among this centre&apos;s linked agencies</source>
        <translation>agency &quot;%1&quot; is not among this centre&apos;s linked agencies</translation>
    </message>
    <message>
        <source>%1 was already notified of incident %2</source>
        <translation>%1 was already notified of incident %2</translation>
    </message>
    <message>
        <source>Who acknowledged</source>
        <translation>Who acknowledged</translation>
    </message>
    <message>
        <source>no agency notification with id %1</source>
        <translation>no agency notification with id %1</translation>
    </message>
    <message>
        <source>the agency already acknowledged (%1)</source>
        <translation>the agency already acknowledged (%1)</translation>
    </message>
</context>
<context>
    <name>dispatch::AvlListener</name>
    <message>
        <source>&quot;%1&quot; has no port: give HOST:PORT, for example 127.0.0.1:4101</source>
        <translation>&quot;%1&quot; has no port: give HOST:PORT, for example 127.0.0.1:4101</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a port number (1 to 65535)</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; is not a port number (1 to 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not an IP address (or localhost) of this machine</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; is not an IP address (or localhost) of this machine</translation>
    </message>
    <message>
        <source>cannot take positions on %1 port %2: %3</source>
        <translation>cannot take positions on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>dispatch::AvlReplay</name>
    <message>
        <source>cannot read the NMEA file: %1</source>
        <translation>cannot read the NMEA file: %1</translation>
    </message>
    <message>
        <source>no position fix in the file (%1 line(s) read: %2 garbage, %3 bad checksum, %4 without a fix, %5 implausible, %6 other or comment)</source>
        <translation>no position fix in the file (%1 line(s) read: %2 garbage, %3 bad checksum, %4 without a fix, %5 implausible, %6 other or comment)</translation>
    </message>
</context>
<context>
    <name>dispatch::CadImport</name>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>line %1, column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>%1: line 1</source>
        <translation>%1: line 1</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (the profile&apos;s summary_column)</source>
        <translation>no column &quot;%1&quot; in the header (the profile&apos;s summary_column)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>import cancelled; nothing was written</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <source>empty; a time is required here</source>
        <translation>empty; a time is required here</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not a time in the format &quot;%2&quot;</translation>
    </message>
    <message>
        <source>empty; every row needs its incident id</source>
        <translation>empty; every row needs its incident id</translation>
    </message>
    <message>
        <source>earlier than the call was received</source>
        <translation>earlier than the call was received</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; is not in the profile&apos;s priorities</source>
        <translation>priority &quot;%1&quot; is not in the profile&apos;s priorities</translation>
    </message>
    <message>
        <source>call type &quot;%1&quot; is not in the profile&apos;s categories</source>
        <translation>call type &quot;%1&quot; is not in the profile&apos;s categories</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a location &quot;(lat, lon)&quot;</source>
        <translation>&quot;%1&quot; is not a location &quot;(lat, lon)&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; is out of range</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>&quot;%1&quot; is not a latitude</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>&quot;%1&quot; is not a longitude</translation>
    </message>
    <message>
        <source>empty; every row is one dispatched unit</source>
        <translation>empty; every row is one dispatched unit</translation>
    </message>
    <message>
        <source>not UTF-8 text (an export in GBK needs &quot;encoding&quot;: &quot;gb18030&quot; in the profile)</source>
        <translation>not UTF-8 text (an export in GBK needs &quot;encoding&quot;: &quot;gb18030&quot; in the profile)</translation>
    </message>
    <message>
        <source>not %1 text</source>
        <translation>not %1 text</translation>
    </message>
    <message>
        <source>the header is %1</source>
        <translation>the header is %1</translation>
    </message>
    <message>
        <source>columns.%1: read from &quot;%2&quot; (the file has no &quot;%3&quot;)</source>
        <translation>columns.%1: read from &quot;%2&quot; (the file has no &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>columns.zone: the file has no %1; each incident&apos;s zone was found from its location</source>
        <translation>columns.zone: the file has no %1; each incident&apos;s zone was found from its location</translation>
    </message>
    <message>
        <source>no column %1 in the header (the profile&apos;s columns.%2)</source>
        <translation>no column %1 in the header (the profile&apos;s columns.%2)</translation>
    </message>
</context>
<context>
    <name>dispatch::CallBackOutcomes</name>
    <message>
        <source>owed</source>
        <translation>owed</translation>
    </message>
    <message>
        <source>reached: no emergency</source>
        <translation>reached: no emergency</translation>
    </message>
    <message>
        <source>reached: taken as an incident</source>
        <translation>reached: taken as an incident</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
</context>
<context>
    <name>dispatch::CallQuestions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>not a questions file (&quot;format&quot; must be &quot;dispatch-call-questions&quot;)</source>
        <translation>not a questions file (&quot;format&quot; must be &quot;dispatch-call-questions&quot;)</translation>
    </message>
    <message>
        <source>only version 1 is read</source>
        <translation>only version 1 is read</translation>
    </message>
    <message>
        <source>an object of category → questions is expected</source>
        <translation>an object of category → questions is expected</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list of questions is expected</source>
        <translation>a list of questions is expected</translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation>every question needs an id</translation>
    </message>
    <message>
        <source>every question needs its text</source>
        <translation>every question needs its text</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice in this category</source>
        <translation>the id &quot;%1&quot; is used twice in this category</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackCodes</name>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>basically satisfied</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>unsatisfied</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackCommands</name>
    <message>
        <source>no callback with id %1</source>
        <translation>no callback with id %1</translation>
    </message>
    <message>
        <source>this callback is already %1</source>
        <translation>this callback is already %1</translation>
    </message>
    <message>
        <source>a caller reached gives their satisfaction</source>
        <translation>a caller reached gives their satisfaction</translation>
    </message>
    <message>
        <source>write down what the unsatisfied caller said: it is what will be put right</source>
        <translation>write down what the unsatisfied caller said: it is what will be put right</translation>
    </message>
    <message>
        <source>no rectification with id %1</source>
        <translation>no rectification with id %1</translation>
    </message>
    <message>
        <source>this rectification is already done</source>
        <translation>this rectification is already done</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>say what was done</translation>
    </message>
    <message>
        <source>The caller&apos;s words</source>
        <translation>The caller&apos;s words</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>dispatch::CallbackKind</name>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>%1 (%2 tries so far)</source>
        <translation>%1 (%2 tries so far)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <source>the centre (callbacks)</source>
        <translation>the centre (callbacks)</translation>
    </message>
</context>
<context>
    <name>dispatch::CapExport</name>
    <message>
        <source>For police command and stations only</source>
        <translation>For police command and stations only</translation>
    </message>
    <message numerus="yes">
        <source>Four-colour zone warnings: the last %n day(s) against the same days of the previous %1 weeks</source>
        <translation>
            <numerusform>Four-colour zone warnings: the last %n day against the same days of the previous %1 weeks</numerusform>
            <numerusform>Four-colour zone warnings: the last %n days against the same days of the previous %1 weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>all incidents</translation>
    </message>
    <message>
        <source>%1 warning: %2</source>
        <translation>%1 warning: %2</translation>
    </message>
    <message>
        <source>Police command, patrols and stations</source>
        <translation>Police command, patrols and stations</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>Increase patrols and prevention in the zone; review the incidents behind the figure.</source>
        <translation>Increase patrols and prevention in the zone; review the incidents behind the figure.</translation>
    </message>
</context>
<context>
    <name>dispatch::ChainKey</name>
    <message>
        <source>cannot read the event log&apos;s key: %1</source>
        <translation>cannot read the event log&apos;s key: %1</translation>
    </message>
    <message>
        <source>not a key file of the event log (it begins &quot;dispatch-chain-key 1&quot;)</source>
        <translation>not a key file of the event log (it begins &quot;dispatch-chain-key 1&quot;)</translation>
    </message>
    <message>
        <source>the second line must read &quot;from SEQ&quot;</source>
        <translation>the second line must read &quot;from SEQ&quot;</translation>
    </message>
    <message>
        <source>the third line must read &quot;hmac-sha256&quot; and 64 hex digits</source>
        <translation>the third line must read &quot;hmac-sha256&quot; and 64 hex digits</translation>
    </message>
    <message>
        <source>a key file is already there: a store&apos;s key is made once (keep a copy where the store&apos;s backups are not)</source>
        <translation>a key file is already there: a store&apos;s key is made once (keep a copy where the store&apos;s backups are not)</translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation>cannot write the key file: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::CommandContext</name>
    <message>
        <source>only a signed-in user may do this</source>
        <translation>only a signed-in user may do this</translation>
    </message>
    <message>
        <source>%1 may not do this (allowed: %2)</source>
        <translation>%1 may not do this (allowed: %2)</translation>
    </message>
    <message>
        <source>at %1 by %2</source>
        <translation>at %1 by %2</translation>
    </message>
    <message>
        <source>at %1 by %2 at desk %3</source>
        <translation>at %1 by %2 at desk %3</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiEvents</name>
    <message>
        <source>an object {lat, lon, radius_m, source} expected</source>
        <translation>an object {lat, lon, radius_m, source} expected</translation>
    </message>
    <message>
        <source>a number from -90 to 90 expected</source>
        <translation>a number from -90 to 90 expected</translation>
    </message>
    <message>
        <source>a number from -180 to 180 expected</source>
        <translation>a number from -180 to 180 expected</translation>
    </message>
    <message>
        <source>metres from 0 to %1 expected</source>
        <translation>metres from 0 to %1 expected</translation>
    </message>
    <message>
        <source>gps, cell, wifi or operator expected</source>
        <translation>gps, cell, wifi or operator expected</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>ringing, answered, location or ended expected</source>
        <translation>ringing, answered, location or ended expected</translation>
    </message>
    <message>
        <source>the call&apos;s id (1 to %1 characters) expected</source>
        <translation>the call&apos;s id (1 to %1 characters) expected</translation>
    </message>
    <message>
        <source>a date-time with its offset expected (2026-11-22T09:00:00+08:00)</source>
        <translation>a date-time with its offset expected (2026-11-22T09:00:00+08:00)</translation>
    </message>
    <message>
        <source>a line of the centre (110, 119, 122 …) expected</source>
        <translation>a line of the centre (110, 119, 122 …) expected</translation>
    </message>
    <message>
        <source>at most %1 characters expected</source>
        <translation>at most %1 characters expected</translation>
    </message>
    <message>
        <source>digits (and + * #) expected</source>
        <translation>digits (and + * #) expected</translation>
    </message>
    <message>
        <source>the desk that answered expected</source>
        <translation>the desk that answered expected</translation>
    </message>
    <message>
        <source>answered or abandoned expected</source>
        <translation>answered or abandoned expected</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiListener</name>
    <message>
        <source>cannot take the telephone system&apos;s calls on %1 port %2: %3</source>
        <translation>cannot take the telephone system&apos;s calls on %1 port %2: %3</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>a line longer than %1 bytes</translation>
    </message>
    <message>
        <source>more than %1 connections at once: one closed</source>
        <translation>more than %1 connections at once: one closed</translation>
    </message>
</context>
<context>
    <name>dispatch::CtiReplay</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
    <message>
        <source>time: a recorded event needs the time it happened</source>
        <translation>time: a recorded event needs the time it happened</translation>
    </message>
    <message>
        <source>no event in the file</source>
        <translation>no event in the file</translation>
    </message>
</context>
<context>
    <name>dispatch::DangerSigns</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of strings</source>
        <translation>&quot;%1&quot; must be a non-empty list of strings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a priority from 1 to 4</source>
        <translation>&quot;%1&quot; must be a priority from 1 to 4</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unknown category &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;danger.%1&quot;</source>
        <translation>unknown field &quot;danger.%1&quot;</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;danger.now_raises.categories&quot;</source>
        <translation>unknown category &quot;%1&quot; in &quot;danger.now_raises.categories&quot;</translation>
    </message>
    <message>
        <source>&quot;danger.signs&quot; must be a non-empty list</source>
        <translation>&quot;danger.signs&quot; must be a non-empty list</translation>
    </message>
    <message>
        <source>unknown field &quot;%1%2&quot;</source>
        <translation>unknown field &quot;%1%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1code&quot; and &quot;%1label&quot; are required</source>
        <translation>&quot;%1code&quot; and &quot;%1label&quot; are required</translation>
    </message>
    <message>
        <source>&quot;%1pattern&quot;: %2</source>
        <translation>&quot;%1pattern&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1not_followed_by&quot; names &quot;%2&quot;, which is not one of its verbs</source>
        <translation>&quot;%1not_followed_by&quot; names &quot;%2&quot;, which is not one of its verbs</translation>
    </message>
    <message>
        <source>&quot;%1object&quot; must be &quot;none&quot;, &quot;person&quot; or &quot;many&quot;</source>
        <translation>&quot;%1object&quot; must be &quot;none&quot;, &quot;person&quot; or &quot;many&quot;</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2over&quot;</source>
        <translation>unknown category &quot;%1&quot; in &quot;%2over&quot;</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot; in &quot;%2notify&quot;</source>
        <translation>unknown agency &quot;%1&quot; in &quot;%2notify&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::Database</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>this is not a SQLite database (wrong file header); the file was left untouched</source>
        <translation>this is not a SQLite database (wrong file header); the file was left untouched</translation>
    </message>
    <message>
        <source>this is a directory, not a store file</source>
        <translation>this is a directory, not a store file</translation>
    </message>
    <message>
        <source>no store here (the file is missing or empty)</source>
        <translation>no store here (the file is missing or empty)</translation>
    </message>
    <message>
        <source>cannot create the folder for the store</source>
        <translation>cannot create the folder for the store</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the store: %1</source>
        <translation>cannot open the store: %1</translation>
    </message>
    <message>
        <source>this SQLite file holds no store</source>
        <translation>this SQLite file holds no store</translation>
    </message>
    <message>
        <source>this SQLite database is not a dispatcher store; the file was left untouched</source>
        <translation>this SQLite database is not a dispatcher store; the file was left untouched</translation>
    </message>
    <message>
        <source>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the file was not changed.</source>
        <translation>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the file was not changed.</translation>
    </message>
    <message>
        <source>cannot switch the store to WAL journaling (got &quot;%1&quot;)</source>
        <translation>cannot switch the store to WAL journaling (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>cannot read the store: %1</translation>
    </message>
    <message>
        <source>upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</source>
        <translation>upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.</translation>
    </message>
    <message>
        <source>cannot write a copy of the store %1 before upgrading it from schema %2 to %3: %4. The store was not upgraded and not changed.</source>
        <translation>cannot write a copy of the store %1 before upgrading it from schema %2 to %3: %4. The store was not upgraded and not changed.</translation>
    </message>
    <message>
        <source>The store as it was before the upgrade is in %1.</source>
        <translation>The store as it was before the upgrade is in %1.</translation>
    </message>
    <message>
        <source>cannot reach the store on the server: %1</source>
        <translation>cannot reach the store on the server: %1</translation>
    </message>
    <message>
        <source>this database on the server holds no store</source>
        <translation>this database on the server holds no store</translation>
    </message>
    <message>
        <source>this database on the server is not a dispatcher store; nothing in it was changed</source>
        <translation>this database on the server is not a dispatcher store; nothing in it was changed</translation>
    </message>
    <message>
        <source>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the store was not changed.</source>
        <translation>the store was written by a newer version of the workstation (schema %1; this build reads up to %2). Use a newer build; the store was not changed.</translation>
    </message>
    <message>
        <source>cannot read the store on the server: %1</source>
        <translation>cannot read the store on the server: %1</translation>
    </message>
    <message>
        <source>cannot reconnect inside a transaction</source>
        <translation>cannot reconnect inside a transaction</translation>
    </message>
    <message>
        <source>the store on the server is at schema %1, which this build cannot upgrade (server stores start at schema %2); the store was not changed.</source>
        <translation>the store on the server is at schema %1, which this build cannot upgrade (server stores start at schema %2); the store was not changed.</translation>
    </message>
    <message>
        <source>cannot create the store file: %1</source>
        <translation>cannot create the store file: %1</translation>
    </message>
    <message>
        <source>the store can be read by other accounts on this computer (callers&apos; names and phones, password hashes): chmod 600 %1</source>
        <translation>the store can be read by other accounts on this computer (callers&apos; names and phones, password hashes): chmod 600 %1</translation>
    </message>
    <message>
        <source>the store&apos;s folder is open to other accounts on this computer: chmod 700 %1</source>
        <translation>the store&apos;s folder is open to other accounts on this computer: chmod 700 %1</translation>
    </message>
    <message>
        <source>the store is being written (its write-ahead log is not empty) and this account may not write to its folder, so it cannot be read consistently now: check it when the desks have closed it, or with write access to the folder (%1)</source>
        <translation>the store is being written (its write-ahead log is not empty) and this account may not write to its folder, so it cannot be read consistently now: check it when the desks have closed it, or with write access to the folder (%1)</translation>
    </message>
</context>
<context>
    <name>dispatch::DemoInstall</name>
    <message>
        <source>the demo&apos;s file could not be written</source>
        <translation>the demo's file could not be written</translation>
    </message>
    <message>
        <source>no folder for the demo&apos;s streets: %1</source>
        <translation>no folder for the demo's streets: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchCommands</name>
    <message>
        <source>choose at least one unit</source>
        <translation>choose at least one unit</translation>
    </message>
    <message>
        <source>incident %1 is diverted to a linked agency; return its work order first</source>
        <translation>incident %1 is diverted to a linked agency; return its work order first</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: units are no longer sent to it</source>
        <translation>incident %1 is &quot;%2&quot;: units are no longer sent to it</translation>
    </message>
    <message>
        <source>%1 is off duty</source>
        <translation>%1 is off duty</translation>
    </message>
    <message>
        <source>%1 is already assigned to incident %2</source>
        <translation>%1 is already assigned to incident %2</translation>
    </message>
    <message>
        <source>%1 is busy; confirm to send it anyway</source>
        <translation>%1 is busy; confirm to send it anyway</translation>
    </message>
    <message>
        <source>a unit&apos;s step on an incident is signed for, en route or on scene</source>
        <translation>a unit&apos;s step on an incident is signed for, en route or on scene</translation>
    </message>
    <message>
        <source>%1 is not assigned to any incident</source>
        <translation>%1 is not assigned to any incident</translation>
    </message>
    <message>
        <source>%1 is already &quot;%2&quot;</source>
        <translation>%1 is already &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a cleared unit goes on patrol, to its staging point or busy</source>
        <translation>a cleared unit goes on patrol, to its staging point or busy</translation>
    </message>
    <message>
        <source>feedback comes from the scene: incident %1 is &quot;%2&quot;</source>
        <translation>feedback comes from the scene: incident %1 is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>say what was found and done</source>
        <translation>say what was found and done</translation>
    </message>
    <message>
        <source>unknown disposition &quot;%1&quot;</source>
        <translation>unknown disposition &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 was never assigned to incident %2</source>
        <translation>%1 was never assigned to incident %2</translation>
    </message>
    <message>
        <source>every unit was withdrawn</source>
        <translation>every unit was withdrawn</translation>
    </message>
    <message>
        <source>%1 is a mediator: mediators are sent to disputes only</source>
        <translation>%1 is a mediator: mediators are sent to disputes only</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>%1 is committed to incident %2 since %3; confirm the reassignment</source>
        <translation>%1 is committed to incident %2 since %3; confirm the reassignment</translation>
    </message>
    <message>
        <source>%1 was sent to incident %2 by %3 at %4; confirm the reassignment</source>
        <translation>%1 was sent to incident %2 by %3 at %4; confirm the reassignment</translation>
    </message>
    <message>
        <source>%1 was sent to incident %2 by %3 at desk %4 at %5; confirm the reassignment</source>
        <translation>%1 was sent to incident %2 by %3 at desk %4 at %5; confirm the reassignment</translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchService</name>
    <message>
        <source>sign in first</source>
        <translation>sign in first</translation>
    </message>
    <message>
        <source>this account is disabled</source>
        <translation>this account is disabled</translation>
    </message>
    <message>
        <source>unknown user name or wrong password</source>
        <translation>unknown user name or wrong password</translation>
    </message>
    <message>
        <source>no active incident with id %1</source>
        <translation>no active incident with id %1</translation>
    </message>
    <message>
        <source>incident %1 has no location: units cannot be ranked</source>
        <translation>incident %1 has no location: units cannot be ranked</translation>
    </message>
    <message>
        <source>no free unit of a suitable type with a trusted position for incident %1</source>
        <translation>no free unit of a suitable type with a trusted position for incident %1</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>the position is not a valid latitude/longitude</translation>
    </message>
    <message>
        <source>no unit with id %1</source>
        <translation>no unit with id %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>%1 may not import history (allowed: %2, %3)</source>
        <translation>%1 may not import history (allowed: %2, %3)</translation>
    </message>
    <message>
        <source>only a training store lets the trainer seat a trainee without the password</source>
        <translation>only a training store lets the trainer seat a trainee without the password</translation>
    </message>
    <message>
        <source>no active user &quot;%1&quot; in this exercise</source>
        <translation>no active user &quot;%1&quot; in this exercise</translation>
    </message>
    <message>
        <source>no valid fix for unit %1</source>
        <translation>no valid fix for unit %1</translation>
    </message>
    <message>
        <source>only the demo district&apos;s units move by themselves</source>
        <translation>only the demo district&apos;s units move by themselves</translation>
    </message>
    <message>
        <source>too far behind the change feed</source>
        <translation>too far behind the change feed</translation>
    </message>
    <message>
        <source>this account is locked after %1 failed sign-ins until %2; a shift leader or an administrator can unlock it</source>
        <translation>this account is locked after %1 failed sign-ins until %2; a shift leader or an administrator can unlock it</translation>
    </message>
    <message>
        <source>nobody is signed in at this desk</source>
        <translation>nobody is signed in at this desk</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>no user &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the lock time is 1 to 1440 minutes</source>
        <translation>the lock time is 1 to 1440 minutes</translation>
    </message>
    <message>
        <source>the idle time before a desk locks is 1 to 1440 minutes</source>
        <translation>the idle time before a desk locks is 1 to 1440 minutes</translation>
    </message>
    <message>
        <source>a handover is signed 0 to 720 minutes before its shift&apos;s end</source>
        <translation>a handover is signed 0 to 720 minutes before its shift&apos;s end</translation>
    </message>
    <message>
        <source>%1 may not load the map (allowed: %2)</source>
        <translation>%1 may not load the map (allowed: %2)</translation>
    </message>
    <message>
        <source>no map is loaded (dispatchctl map import)</source>
        <translation>no map is loaded (dispatchctl map import)</translation>
    </message>
    <message>
        <source>%1 may not load the address list (allowed: %2)</source>
        <translation>%1 may not load the address list (allowed: %2)</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>cannot read the profile: %1</translation>
    </message>
    <message>
        <source>cannot read the address list: %1</source>
        <translation>cannot read the address list: %1</translation>
    </message>
    <message>
        <source>no map is loaded: sites are chosen over the roads (dispatchctl map import)</source>
        <translation>no map is loaded: sites are chosen over the roads (dispatchctl map import)</translation>
    </message>
    <message>
        <source>%1 may not set the road speeds (allowed: %2)</source>
        <translation>%1 may not set the road speeds (allowed: %2)</translation>
    </message>
</context>
<context>
    <name>dispatch::DistrictLoader</name>
    <message>
        <source>needs numeric &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>needs numeric &quot;lat&quot; and &quot;lon&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>not valid JSON: %1 (at byte %2)</translation>
    </message>
    <message>
        <source>a zone needs &quot;code&quot;, &quot;name&quot; and &quot;tier&quot; 1..5</source>
        <translation>a zone needs &quot;code&quot;, &quot;name&quot; and &quot;tier&quot; 1..5</translation>
    </message>
    <message>
        <source>a unit needs a &quot;callsign&quot;</source>
        <translation>a unit needs a &quot;callsign&quot;</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>unknown unit type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a unit starts available, busy or off duty, not &quot;%1&quot;</source>
        <translation>a unit starts available, busy or off duty, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a user needs &quot;username&quot; and &quot;password&quot;</source>
        <translation>a user needs &quot;username&quot; and &quot;password&quot;</translation>
    </message>
    <message>
        <source>a certificate needs a &quot;number&quot; and a &quot;valid_until&quot; date (YYYY-MM-DD)</source>
        <translation>a certificate needs a &quot;number&quot; and a &quot;valid_until&quot; date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no demo district &quot;%1&quot; (there are: %2)</source>
        <translation>no demo district "%1" (there are: %2)</translation>
    </message>
</context>
<context>
    <name>dispatch::DuplicateSearch</name>
    <message>
        <source>likely the same event</source>
        <translation>likely the same event</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>again after handling</source>
        <translation>again after handling</translation>
    </message>
    <message>
        <source>repeated at this place</source>
        <translation>repeated at this place</translation>
    </message>
</context>
<context>
    <name>dispatch::EidoExport</name>
    <message>
        <source>no incident %1 in this store</source>
        <translation>no incident %1 in this store</translation>
    </message>
</context>
<context>
    <name>dispatch::EidoReader</name>
    <message>
        <source>%1 cut to %2 characters</source>
        <translation>%1 cut to %2 characters</translation>
    </message>
    <message>
        <source>the incident&apos;s id is missing</source>
        <translation>the incident&apos;s id is missing</translation>
    </message>
    <message>
        <source>an id of at most 400 characters expected</source>
        <translation>an id of at most 400 characters expected</translation>
    </message>
    <message>
        <source>the sending agency is missing</source>
        <translation>the sending agency is missing</translation>
    </message>
    <message>
        <source>the incident component is missing</source>
        <translation>the incident component is missing</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; has no category here: left for the dispatcher to triage</source>
        <translation>type &quot;%1&quot; has no category here: left for the dispatcher to triage</translation>
    </message>
    <message>
        <source>a whole number expected</source>
        <translation>a whole number expected</translation>
    </message>
    <message>
        <source>priority %1 is not 1 to 4 here: left for the dispatcher</source>
        <translation>priority %1 is not 1 to 4 here: left for the dispatcher</translation>
    </message>
    <message>
        <source>the location&apos;s point could not be read: the address alone is taken</source>
        <translation>the location&apos;s point could not be read: the address alone is taken</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>the caller&apos;s name</translation>
    </message>
    <message>
        <source>the caller&apos;s number</source>
        <translation>the caller&apos;s number</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>neither notes, a type nor a location: nothing to take in</source>
        <translation>neither notes, a type nor a location: nothing to take in</translation>
    </message>
    <message>
        <source>a date-time with its offset expected (2026-11-22T09:00:00+08:00), found &quot;%1&quot;</source>
        <translation>a date-time with its offset expected (2026-11-22T09:00:00+08:00), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>not JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>no EIDO in the file</source>
        <translation>no EIDO in the file</translation>
    </message>
    <message>
        <source>an EIDO object expected</source>
        <translation>an EIDO object expected</translation>
    </message>
    <message>
        <source>the incident %1 is in the file twice</source>
        <translation>the incident %1 is in the file twice</translation>
    </message>
    <message>
        <source>%1 MB: larger than the 16 MB an EIDO file may be</source>
        <translation>%1 MB: larger than the 16 MB an EIDO file may be</translation>
    </message>
    <message>
        <source>a date-time string expected (2026-11-22T09:00:00+08:00)</source>
        <translation>a date-time string expected (2026-11-22T09:00:00+08:00)</translation>
    </message>
    <message>
        <source>a date-time between 1970 and 2100 expected, found &quot;%1&quot;</source>
        <translation>a date-time between 1970 and 2100 expected, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an id (text) expected</source>
        <translation>an id (text) expected</translation>
    </message>
    <message>
        <source>a reference {&quot;$ref&quot;: agency} expected</source>
        <translation>a reference {&quot;$ref&quot;: agency} expected</translation>
    </message>
    <message>
        <source>an array of components expected</source>
        <translation>an array of components expected</translation>
    </message>
    <message>
        <source>a component (an object) expected</source>
        <translation>a component (an object) expected</translation>
    </message>
    <message>
        <source>missing: EIDO 1.0 expected</source>
        <translation>missing: EIDO 1.0 expected</translation>
    </message>
    <message>
        <source>EIDO 1.0 expected, found %1</source>
        <translation>EIDO 1.0 expected, found %1</translation>
    </message>
    <message>
        <source>a document of more than %1 KB: an incident&apos;s EIDO is far smaller</source>
        <translation>a document of more than %1 KB: an incident&apos;s EIDO is far smaller</translation>
    </message>
    <message>
        <source>the incident&apos;s id must be text</source>
        <translation>the incident&apos;s id must be text</translation>
    </message>
    <message>
        <source>the incident component must be an object</source>
        <translation>the incident component must be an object</translation>
    </message>
    <message>
        <source>the location could not be read (neither a point nor an address): the dispatcher asks for it</source>
        <translation>the location could not be read (neither a point nor an address): the dispatcher asks for it</translation>
    </message>
    <message>
        <source>the number to call back is not a telephone number: left out</source>
        <translation>the number to call back is not a telephone number: left out</translation>
    </message>
    <message>
        <source>a note that is not text was left out</source>
        <translation>a note that is not text was left out</translation>
    </message>
    <message>
        <source>control characters were taken out of the text</source>
        <translation>control characters were taken out of the text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>an EIDO object, or an array of them, expected</source>
        <translation>an EIDO object, or an array of them, expected</translation>
    </message>
</context>
<context>
    <name>dispatch::EventLog</name>
    <message>
        <source>event #%1 (%2, %3, by %4)</source>
        <translation>event #%1 (%2, %3, by %4)</translation>
    </message>
    <message>
        <source>event #%1 is missing (the next stored event is #%2)</source>
        <translation>event #%1 is missing (the next stored event is #%2)</translation>
    </message>
    <message>
        <source>%1 does not follow the event before it (an event was removed, inserted or reordered)</source>
        <translation>%1 does not follow the event before it (an event was removed, inserted or reordered)</translation>
    </message>
    <message>
        <source>%1 was altered after it was written (its content no longer matches its hash)</source>
        <translation>%1 was altered after it was written (its content no longer matches its hash)</translation>
    </message>
    <message>
        <source>the log ends at event #%1 but the chain head records #%2: events at the end were removed</source>
        <translation>the log ends at event #%1 but the chain head records #%2: events at the end were removed</translation>
    </message>
    <message>
        <source>the chain head does not match the last event</source>
        <translation>the chain head does not match the last event</translation>
    </message>
    <message>
        <source>%1 is hashed with the old scheme after events hashed with the new one (the log was rewritten)</source>
        <translation>%1 is hashed with the old scheme after events hashed with the new one (the log was rewritten)</translation>
    </message>
    <message>
        <source>cannot read the anchor file: %1</source>
        <translation>cannot read the anchor file: %1</translation>
    </message>
    <message>
        <source>not an anchor (&quot;SEQ HASH [TIME]&quot;, as dispatchctl anchor writes it)</source>
        <translation>not an anchor (&quot;SEQ HASH [TIME]&quot;, as dispatchctl anchor writes it)</translation>
    </message>
    <message>
        <source>the anchor of event #%1</source>
        <translation>the anchor of event #%1</translation>
    </message>
    <message>
        <source>the anchor of event #%1 (%2)</source>
        <translation>the anchor of event #%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the log now ends at event #%2; the events from #%3 on were removed</source>
        <translation>%1: the log now ends at event #%2; the events from #%3 on were removed</translation>
    </message>
    <message>
        <source>%1: the log holds another event #%2 than the one anchored; the log was rewritten at or before it</source>
        <translation>%1: the log holds another event #%2 than the one anchored; the log was rewritten at or before it</translation>
    </message>
    <message>
        <source>this store&apos;s event log is keyed, and this program has not got the centre&apos;s key: name its file in DISPATCH_CHAIN_KEY (or put it beside the store as STORE.key)</source>
        <translation>this store&apos;s event log is keyed, and this program has not got the centre&apos;s key: name its file in DISPATCH_CHAIN_KEY (or put it beside the store as STORE.key)</translation>
    </message>
    <message>
        <source>%1 is not hashed with the centre&apos;s key, which keys the log from event #%2 on (the log was rewritten without the key)</source>
        <translation>%1 is not hashed with the centre&apos;s key, which keys the log from event #%2 on (the log was rewritten without the key)</translation>
    </message>
</context>
<context>
    <name>dispatch::ExerciseSchemas</name>
    <message>
        <source>the address names no exercise (options=-csearch_path=exercise_…)</source>
        <translation>the address names no exercise (options=-csearch_path=exercise_…)</translation>
    </message>
    <message>
        <source>this database holds a live store: exercises are held in a training database of their own (for example: createdb dispatch_training)</source>
        <translation>this database holds a live store: exercises are held in a training database of their own (for example: createdb dispatch_training)</translation>
    </message>
    <message>
        <source>an exercise named %1 is already held there: an exercise is always new</source>
        <translation>an exercise named %1 is already held there: an exercise is always new</translation>
    </message>
    <message>
        <source>cannot make the exercise&apos;s schema on the server: %1</source>
        <translation>cannot make the exercise&apos;s schema on the server: %1</translation>
    </message>
    <message>
        <source>cannot read the exercises held on the server: %1</source>
        <translation>cannot read the exercises held on the server: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::FeedbackKind</name>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>Feedback to review</source>
        <translation>Feedback to review</translation>
    </message>
    <message>
        <source>the desk (review)</source>
        <translation>the desk (review)</translation>
    </message>
    <message>
        <source>the units on scene</source>
        <translation>the units on scene</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dispatch::FollowUpDeclaration</name>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>&amp;Refer to the responsible unit…</source>
        <translation>&amp;Refer to the responsible unit…</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Down: a town office or station</source>
        <translation>Down: a town office or station</translation>
    </message>
    <message>
        <source>Across: the responsible department</source>
        <translation>Across: the responsible department</translation>
    </message>
    <message>
        <source>What is referred</source>
        <translation>What is referred</translation>
    </message>
    <message>
        <source>Result reported back</source>
        <translation>Result reported back</translation>
    </message>
    <message>
        <source>Returned as not theirs</source>
        <translation>Returned as not theirs</translation>
    </message>
</context>
<context>
    <name>dispatch::FollowUpItemCommands</name>
    <message>
        <source>no follow-up item with id %1</source>
        <translation>no follow-up item with id %1</translation>
    </message>
    <message>
        <source>this %1 for %2 was closed already %3</source>
        <translation>this %1 for %2 was closed already %3</translation>
    </message>
    <message>
        <source>there is no follow-up list &quot;%1&quot;</source>
        <translation>there is no follow-up list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the %1</source>
        <translation>name the %1</translation>
    </message>
    <message>
        <source>a %1 has no field &quot;%2&quot;</source>
        <translation>a %1 has no field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: give it</source>
        <translation>%1: give it</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; is not one of %3</translation>
    </message>
    <message>
        <source>the deadline must lie ahead</source>
        <translation>the deadline must lie ahead</translation>
    </message>
    <message>
        <source>%1 already has an open %2 for %3, opened %4</source>
        <translation>%1 already has an open %2 for %3, opened %4</translation>
    </message>
    <message>
        <source>The progress note</source>
        <translation>The progress note</translation>
    </message>
    <message>
        <source>a progress note needs its text</source>
        <translation>a progress note needs its text</translation>
    </message>
    <message>
        <source>how did it end? &quot;%1&quot; is not one of %2</source>
        <translation>how did it end? &quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>say what the %1 answered</source>
        <translation>say what the %1 answered</translation>
    </message>
    <message>
        <source>this %1 was closed meanwhile</source>
        <translation>this %1 was closed meanwhile</translation>
    </message>
</context>
<context>
    <name>dispatch::GeoJsonReader</name>
    <message>
        <source>a ring must be an array of positions</source>
        <translation>a ring must be an array of positions</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation>a ring needs at least 4 positions, found %1</translation>
    </message>
    <message>
        <source>position is not [longitude, latitude]</source>
        <translation>position is not [longitude, latitude]</translation>
    </message>
    <message>
        <source>position out of range (%1, %2)</source>
        <translation>position out of range (%1, %2)</translation>
    </message>
    <message>
        <source>ring is not closed (first and last positions differ)</source>
        <translation>ring is not closed (first and last positions differ)</translation>
    </message>
    <message>
        <source>a polygon needs at least an outer ring</source>
        <translation>a polygon needs at least an outer ring</translation>
    </message>
    <message>
        <source>a MultiPolygon needs at least one polygon</source>
        <translation>a MultiPolygon needs at least one polygon</translation>
    </message>
    <message>
        <source>geometry type &quot;%1&quot; is not an area (Polygon or MultiPolygon expected)</source>
        <translation>geometry type &quot;%1&quot; is not an area (Polygon or MultiPolygon expected)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>not valid JSON: %1 (at byte %2)</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>not a Feature object</source>
        <translation>not a Feature object</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <source>the ring crosses itself at (%1, %2), between positions %3 and %4</source>
        <translation>the ring crosses itself at (%1, %2), between positions %3 and %4</translation>
    </message>
</context>
<context>
    <name>dispatch::HandInCommands</name>
    <message>
        <source>a handed-in incident comes on the line &quot;instruction&quot; or &quot;12345&quot;</source>
        <translation>a handed-in incident comes on the line &quot;instruction&quot; or &quot;12345&quot;</translation>
    </message>
    <message>
        <source>%1 was already taken in as incident %2 by %3 at desk %4, %5</source>
        <translation>%1 was already taken in as incident %2 by %3 at desk %4, %5</translation>
    </message>
    <message>
        <source>%1 was issued by this centre (%2): a centre does not take its own incident in again</source>
        <translation>%1 was issued by this centre (%2): a centre does not take its own incident in again</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverCodes</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>signed, to accept</source>
        <translation>signed, to accept</translation>
    </message>
    <message>
        <source>rejected, to fix</source>
        <translation>rejected, to fix</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverCommands</name>
    <message>
        <source>no handover with id %1</source>
        <translation>no handover with id %1</translation>
    </message>
    <message>
        <source>no such shift</source>
        <translation>no such shift</translation>
    </message>
    <message>
        <source>the shift has not begun yet</source>
        <translation>the shift has not begun yet</translation>
    </message>
    <message>
        <source>the handover of this shift is already %1</source>
        <translation>the handover of this shift is already %1</translation>
    </message>
    <message>
        <source>the handover is %1: its notes can no longer change</source>
        <translation>the handover is %1: its notes can no longer change</translation>
    </message>
    <message>
        <source>no section &quot;%1&quot; in a handover</source>
        <translation>no section &quot;%1&quot; in a handover</translation>
    </message>
    <message>
        <source>the handover is %1: it cannot be signed now</source>
        <translation>the handover is %1: it cannot be signed now</translation>
    </message>
    <message>
        <source>the roster names %1 as the leader of this shift: only they sign its handover</source>
        <translation>the roster names %1 as the leader of this shift: only they sign its handover</translation>
    </message>
    <message>
        <source>only a signed handover can be accepted (this one is %1)</source>
        <translation>only a signed handover can be accepted (this one is %1)</translation>
    </message>
    <message>
        <source>the incoming leader accepts the handover, not the one who signed it</source>
        <translation>the incoming leader accepts the handover, not the one who signed it</translation>
    </message>
    <message>
        <source>the roster names %1 as the incoming leader: only they accept this handover</source>
        <translation>the roster names %1 as the incoming leader: only they accept this handover</translation>
    </message>
    <message>
        <source>only a signed handover can be rejected (this one is %1)</source>
        <translation>only a signed handover can be rejected (this one is %1)</translation>
    </message>
    <message>
        <source>the incoming leader reviews the handover, not the one who signed it</source>
        <translation>the incoming leader reviews the handover, not the one who signed it</translation>
    </message>
    <message>
        <source>say what is missing or wrong</source>
        <translation>say what is missing or wrong</translation>
    </message>
    <message>
        <source>say what the handover must mention</source>
        <translation>say what the handover must mention</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>no user with id %1</translation>
    </message>
    <message>
        <source>%1 is on the roster twice</source>
        <translation>%1 is on the roster twice</translation>
    </message>
    <message>
        <source>%1 is not a shift leader</source>
        <translation>%1 is not a shift leader</translation>
    </message>
    <message>
        <source>a duty is &quot;leader&quot; or &quot;dispatcher&quot;, not &quot;%1&quot;</source>
        <translation>a duty is &quot;leader&quot; or &quot;dispatcher&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a shift has one leader on the roster</source>
        <translation>a shift has one leader on the roster</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>The flag</source>
        <translation>The flag</translation>
    </message>
    <message>
        <source>%1 (last changed %2)</source>
        <translation>%1 (last changed %2)</translation>
    </message>
    <message>
        <source>the shift ends at %1: its handover is signed from %2 (%3 min before the end)</source>
        <translation>the shift ends at %1: its handover is signed from %2 (%3 min before the end)</translation>
    </message>
</context>
<context>
    <name>dispatch::HandoverReport</name>
    <message>
        <source>the desk (to dispatch)</source>
        <translation>the desk (to dispatch)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (feedback returned)</source>
        <translation>%1 (feedback returned)</translation>
    </message>
    <message>
        <source>the desk (review)</source>
        <translation>the desk (review)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 tries)</source>
        <translation>%1 · %2 (%3 tries)</translation>
    </message>
    <message>
        <source>the centre (callbacks)</source>
        <translation>the centre (callbacks)</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>the centre</translation>
    </message>
    <message>
        <source>the centre (sign for and handle)</source>
        <translation>the centre (sign for and handle)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n mark</numerusform>
            <numerusform>%1 · %2 · %n marks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 late by %2 s</source>
        <translation>%1 late by %2 s</translation>
    </message>
    <message>
        <source>proposed %1 P%2, chosen %3 P%4</source>
        <translation>proposed %1 P%2, chosen %3 P%4</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>to sign for</source>
        <translation>to sign for</translation>
    </message>
    <message>
        <source>to call back</source>
        <translation>to call back</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>The shift&apos;s figures</source>
        <translation>The shift&apos;s figures</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Units at the handover</source>
        <translation>Units at the handover</translation>
    </message>
    <message>
        <source>Notable events</source>
        <translation>Notable events</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>General remarks</translation>
    </message>
    <message>
        <source>Active incident</source>
        <translation>Active incident</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>Feedback to review</source>
        <translation>Feedback to review</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Transfer not signed for</source>
        <translation>Transfer not signed for</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Repeat-ledger entry</source>
        <translation>Repeat-ledger entry</translation>
    </message>
    <message>
        <source>Priority 1</source>
        <translation>Priority 1</translation>
    </message>
    <message>
        <source>Mass incident</source>
        <translation>Mass incident</translation>
    </message>
    <message>
        <source>Clock breached</source>
        <translation>Clock breached</translation>
    </message>
    <message>
        <source>Triage overridden</source>
        <translation>Triage overridden</translation>
    </message>
    <message>
        <source>Flagged by the leader</source>
        <translation>Flagged by the leader</translation>
    </message>
    <message>
        <source>Leader&apos;s note</source>
        <translation>Leader&apos;s note</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Calls (incidents received)</source>
        <translation>Calls (incidents received)</translation>
    </message>
    <message>
        <source>Further callers merged</source>
        <translation>Further callers merged</translation>
    </message>
    <message>
        <source>By line</source>
        <translation>By line</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>By priority</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Diverted to agencies</source>
        <translation>Diverted to agencies</translation>
    </message>
    <message>
        <source>Merged as duplicates</source>
        <translation>Merged as duplicates</translation>
    </message>
    <message>
        <source>Transferred to stations</source>
        <translation>Transferred to stations</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>Signed for within 30 s</translation>
    </message>
    <message>
        <source>Dispatched within the target</source>
        <translation>Dispatched within the target</translation>
    </message>
    <message>
        <source>On scene within the circle&apos;s 1/3/5 min</source>
        <translation>On scene within the circle&apos;s 1/3/5 min</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Callbacks made</translation>
    </message>
    <message>
        <source>%1 (reached %2, not reached %3, unreachable %4)</source>
        <translation>%1 (reached %2, not reached %3, unreachable %4)</translation>
    </message>
    <message>
        <source>Satisfied or basically satisfied</source>
        <translation>Satisfied or basically satisfied</translation>
    </message>
    <message>
        <source>Clock breaches in the shift</source>
        <translation>Clock breaches in the shift</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>%1 (%2 items, %3 overdue)</source>
        <translation>%1 (%2 items, %3 overdue)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>Owed by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Units with open tasks at the change</source>
        <translation>Units with open tasks at the change</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 late by %2 s, still running</source>
        <translation>%1 late by %2 s, still running</translation>
    </message>
    <message>
        <source>%1, still running</source>
        <translation>%1, still running</translation>
    </message>
    <message>
        <source>Linked agencies notified</source>
        <translation>Linked agencies notified</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>not yet acknowledged</translation>
    </message>
    <message>
        <source>Abandoned call to call back</source>
        <translation>Abandoned call to call back</translation>
    </message>
</context>
<context>
    <name>dispatch::HistoryGenerator</name>
    <message>
        <source>at least one incident over at least one day</source>
        <translation>at least one incident over at least one day</translation>
    </message>
    <message>
        <source>the store has no zones to place incidents in</source>
        <translation>the store has no zones to place incidents in</translation>
    </message>
</context>
<context>
    <name>dispatch::ImportProfile</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>a profile is a JSON object</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>unknown field (known: %1)</translation>
    </message>
    <message>
        <source>missing: the profile&apos;s name</source>
        <translation>missing: the profile&apos;s name</translation>
    </message>
    <message>
        <source>a short code of the exporting centre, up to 16 characters, no &apos;:&apos;</source>
        <translation>a short code of the exporting centre, up to 16 characters, no &apos;:&apos;</translation>
    </message>
    <message>
        <source>one ASCII character (or &quot;\t&quot;), not &quot;%1&quot;</source>
        <translation>one ASCII character (or &quot;\t&quot;), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;incident&quot; (one row per incident) or &quot;unit&quot; (one row per dispatched unit), not &quot;%1&quot;</source>
        <translation>&quot;incident&quot; (one row per incident) or &quot;unit&quot; (one row per dispatched unit), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;skip&quot; or &quot;stop&quot;, not &quot;%1&quot;</source>
        <translation>&quot;skip&quot; or &quot;stop&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>from 0 to 10000</source>
        <translation>from 0 to 10000</translation>
    </message>
    <message>
        <source>missing: an object naming the column of each role</source>
        <translation>missing: an object naming the column of each role</translation>
    </message>
    <message>
        <source>unknown role (roles: %1)</source>
        <translation>unknown role (roles: %1)</translation>
    </message>
    <message>
        <source>missing: this role is required</source>
        <translation>missing: this role is required</translation>
    </message>
    <message>
        <source>missing: required when a row is one dispatched unit</source>
        <translation>missing: required when a row is one dispatched unit</translation>
    </message>
    <message>
        <source>lat and lon go together</source>
        <translation>lat and lon go together</translation>
    </message>
    <message>
        <source>either a location column or lat and lon, not both</source>
        <translation>either a location column or lat and lon, not both</translation>
    </message>
    <message>
        <source>missing: e.g. &quot;MM/dd/yyyy hh:mm:ss AP&quot;, &quot;iso&quot;, &quot;epoch_s&quot;</source>
        <translation>missing: e.g. &quot;MM/dd/yyyy hh:mm:ss AP&quot;, &quot;iso&quot;, &quot;epoch_s&quot;</translation>
    </message>
    <message>
        <source>missing: an IANA time zone, e.g. &quot;Asia/Shanghai&quot;</source>
        <translation>missing: an IANA time zone, e.g. &quot;Asia/Shanghai&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unknown time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or unknown line &quot;%1&quot; (taxonomy lines)</source>
        <translation>missing or unknown line &quot;%1&quot; (taxonomy lines)</translation>
    </message>
    <message>
        <source>unknown line &quot;%1&quot;</source>
        <translation>unknown line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing: external call type → category (&quot;*&quot; for any other)</source>
        <translation>missing: external call type → category (&quot;*&quot; for any other)</translation>
    </message>
    <message>
        <source>without a call_type column only &quot;*&quot; can apply</source>
        <translation>without a call_type column only &quot;*&quot; can apply</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (taxonomy categories)</source>
        <translation>unknown category &quot;%1&quot; (taxonomy categories)</translation>
    </message>
    <message>
        <source>missing: external priority → 1..4 (&quot;*&quot; for any other)</source>
        <translation>missing: external priority → 1..4 (&quot;*&quot; for any other)</translation>
    </message>
    <message>
        <source>without a priority column only &quot;*&quot; can apply</source>
        <translation>without a priority column only &quot;*&quot; can apply</translation>
    </message>
    <message>
        <source>a priority from 1 (most urgent) to 4</source>
        <translation>a priority from 1 (most urgent) to 4</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>&quot;utf-8&quot; or &quot;gb18030&quot; (also read as &quot;gbk&quot;), not &quot;%1&quot;</source>
        <translation>&quot;utf-8&quot; or &quot;gb18030&quot; (also read as &quot;gbk&quot;), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the column&apos;s name as in the file&apos;s header, or a list of the names it has had</source>
        <translation>the column&apos;s name as in the file&apos;s header, or a list of the names it has had</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentCommands</name>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>unknown source line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>priority must be 1 to 4</source>
        <translation>priority must be 1 to 4</translation>
    </message>
    <message>
        <source>the position is not a valid latitude/longitude</source>
        <translation>the position is not a valid latitude/longitude</translation>
    </message>
    <message>
        <source>say what happened or where</source>
        <translation>say what happened or where</translation>
    </message>
    <message>
        <source>the receive time lies in the future</source>
        <translation>the receive time lies in the future</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>no incident with id %1</translation>
    </message>
    <message>
        <source>cancelling an incident needs a reason</source>
        <translation>cancelling an incident needs a reason</translation>
    </message>
    <message>
        <source>an incident follows its units: dispatch a unit or record the unit&apos;s step</source>
        <translation>an incident follows its units: dispatch a unit or record the unit&apos;s step</translation>
    </message>
    <message>
        <source>record the feedback with its result and disposition</source>
        <translation>record the feedback with its result and disposition</translation>
    </message>
    <message>
        <source>units are still assigned to incident %1: recall them first</source>
        <translation>units are still assigned to incident %1: recall them first</translation>
    </message>
    <message>
        <source>transfer the incident to a police station, with the reason (the station signs for it)</source>
        <translation>transfer the incident to a police station, with the reason (the station signs for it)</translation>
    </message>
    <message>
        <source>incident %1 has no feedback waiting for review (it is &quot;%2&quot;)</source>
        <translation>incident %1 has no feedback waiting for review (it is &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>say why the feedback goes back to the unit</source>
        <translation>say why the feedback goes back to the unit</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The caller&apos;s name</source>
        <translation>The caller&apos;s name</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: its record is closed</source>
        <translation>incident %1 is &quot;%2&quot;: its record is closed</translation>
    </message>
    <message>
        <source>the place of %1 is already that</source>
        <translation>the place of %1 is already that</translation>
    </message>
    <message>
        <source>an incident is not set to &quot;%1&quot; by hand</source>
        <translation>an incident is not set to &quot;%1&quot; by hand</translation>
    </message>
    <message>
        <source>incident %1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</source>
        <translation>incident %1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</translation>
    </message>
    <message>
        <source>%1 (set %2)</source>
        <translation>%1 (set %2)</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentLifecycle</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Triaged</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation>Diverted</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Merged as duplicate</source>
        <translation>Merged as duplicate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>the incident is already &quot;%1&quot;</source>
        <translation>the incident is already &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the incident is &quot;%1&quot; and can no longer change</source>
        <translation>the incident is &quot;%1&quot; and can no longer change</translation>
    </message>
    <message>
        <source>an incident cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>an incident cannot go from &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::IncidentRepository</name>
    <message>
        <source>incident %1 was changed by another writer while this change was made; nothing was saved, look at it again</source>
        <translation>incident %1 was changed by another writer while this change was made; nothing was saved, look at it again</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionCodes</name>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>repeated, no risk</source>
        <translation>repeated, no risk</translation>
    </message>
    <message>
        <source>to sign for</source>
        <translation>to sign for</translation>
    </message>
    <message>
        <source>signed for</source>
        <translation>signed for</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionCommands</name>
    <message>
        <source>no instruction with id %1</source>
        <translation>no instruction with id %1</translation>
    </message>
    <message>
        <source>this instruction is already answered</source>
        <translation>this instruction is already answered</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no unit, station or agency of this centre</source>
        <translation>&quot;%1&quot; is no unit, station or agency of this centre</translation>
    </message>
    <message>
        <source>name the units, stations or agencies it goes to</source>
        <translation>name the units, stations or agencies it goes to</translation>
    </message>
    <message>
        <source>say who issued the instruction</source>
        <translation>say who issued the instruction</translation>
    </message>
    <message>
        <source>the instruction needs its text</source>
        <translation>the instruction needs its text</translation>
    </message>
    <message>
        <source>an instruction cannot be received in the future</source>
        <translation>an instruction cannot be received in the future</translation>
    </message>
    <message>
        <source>the reception time lies more than 7 days back</source>
        <translation>the reception time lies more than 7 days back</translation>
    </message>
    <message>
        <source>already signed for</source>
        <translation>already signed for</translation>
    </message>
    <message>
        <source>sign for the instruction first</source>
        <translation>sign for the instruction first</translation>
    </message>
    <message>
        <source>already forwarded to %1</source>
        <translation>already forwarded to %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>an urgent instruction is forwarded, never answered directly</source>
        <translation>an urgent instruction is forwarded, never answered directly</translation>
    </message>
    <message>
        <source>write the answer to higher command</source>
        <translation>write the answer to higher command</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>The source</translation>
    </message>
    <message>
        <source>The instruction&apos;s text</source>
        <translation>The instruction&apos;s text</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
</context>
<context>
    <name>dispatch::InstructionKind</name>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the centre (sign for and handle)</source>
        <translation>the centre (sign for and handle)</translation>
    </message>
</context>
<context>
    <name>dispatch::IntakeCommands</name>
    <message>
        <source>only a non-police matter can be diverted</source>
        <translation>only a non-police matter can be diverted</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>unknown agency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a dispute can be offered to a mediator</source>
        <translation>only a dispute can be offered to a mediator</translation>
    </message>
    <message>
        <source>no incident with id %1 to link to</source>
        <translation>no incident with id %1 to link to</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;; a call cannot be merged into it</source>
        <translation>incident %1 is &quot;%2&quot;; a call cannot be merged into it</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>unknown source line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an incident cannot be linked to itself</source>
        <translation>an incident cannot be linked to itself</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked</source>
        <translation>%1 and %2 are already linked</translation>
    </message>
    <message>
        <source>no work order with id %1</source>
        <translation>no work order with id %1</translation>
    </message>
    <message>
        <source>say why the agency returned the work order</source>
        <translation>say why the agency returned the work order</translation>
    </message>
    <message>
        <source>a returned work order needs the police category of the incident</source>
        <translation>a returned work order needs the police category of the incident</translation>
    </message>
    <message>
        <source>priority must be 1 to 4</source>
        <translation>priority must be 1 to 4</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerBulletin</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>New entries</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Open at the end of the period</translation>
    </message>
    <message>
        <source>  of which past their deadline</source>
        <translation>  of which past their deadline</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>Closed in the period</translation>
    </message>
    <message>
        <source>Repeat marks filed in the period</source>
        <translation>Repeat marks filed in the period</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>In period</source>
        <translation>In period</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Latest action</source>
        <translation>Latest action</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation>no action yet</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>Open entries</translation>
    </message>
    <message>
        <source>Closed entries</source>
        <translation>Closed entries</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerCodes</name>
    <message>
        <source>(no place given)</source>
        <translation>(no place given)</translation>
    </message>
    <message>
        <source>gambling</source>
        <translation>gambling</translation>
    </message>
    <message>
        <source>drunkenness</source>
        <translation>drunkenness</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>repeated reports of one event</source>
        <translation>repeated reports of one event</translation>
    </message>
    <message>
        <source>recurring after disposal</source>
        <translation>recurring after disposal</translation>
    </message>
    <message>
        <source>recurring at one place</source>
        <translation>recurring at one place</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerCommands</name>
    <message>
        <source>no ledger entry with id %1</source>
        <translation>no ledger entry with id %1</translation>
    </message>
    <message>
        <source>this ledger entry is already closed</source>
        <translation>this ledger entry is already closed</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>say what was done</translation>
    </message>
    <message>
        <source>name who answers for it</source>
        <translation>name who answers for it</translation>
    </message>
    <message>
        <source>say how it was resolved</source>
        <translation>say how it was resolved</translation>
    </message>
    <message>
        <source>note at least one action before closing the entry</source>
        <translation>note at least one action before closing the entry</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
</context>
<context>
    <name>dispatch::LedgerKind</name>
    <message>
        <source>Repeat ledger</source>
        <translation>Repeat ledger</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n mark</numerusform>
            <numerusform>%1 · %2 · %n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::MediationCodes</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>not settled</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
</context>
<context>
    <name>dispatch::MediationCommands</name>
    <message>
        <source>%1 is not a mediator</source>
        <translation>%1 is not a mediator</translation>
    </message>
    <message>
        <source>%1 holds no mediator&apos;s certificate</source>
        <translation>%1 holds no mediator&apos;s certificate</translation>
    </message>
    <message>
        <source>the certificate %1 of %2 expired on %3</source>
        <translation>the certificate %1 of %2 expired on %3</translation>
    </message>
    <message>
        <source>only a dispute goes to a mediator; %1 is &quot;%2&quot;</source>
        <translation>only a dispute goes to a mediator; %1 is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot;: it is not mediated</source>
        <translation>incident %1 is &quot;%2&quot;: it is not mediated</translation>
    </message>
    <message>
        <source>incident %1 is already with a mediator</source>
        <translation>incident %1 is already with a mediator</translation>
    </message>
    <message>
        <source>no mediation with id %1</source>
        <translation>no mediation with id %1</translation>
    </message>
    <message>
        <source>its outcome is already recorded (%1)</source>
        <translation>its outcome is already recorded (%1)</translation>
    </message>
    <message>
        <source>say how the mediation ended</source>
        <translation>say how the mediation ended</translation>
    </message>
    <message>
        <source>say why the parties did not settle</source>
        <translation>say why the parties did not settle</translation>
    </message>
    <message>
        <source>say where the dispute was referred</source>
        <translation>say where the dispute was referred</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
</context>
<context>
    <name>dispatch::MediationKind</name>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>outcome: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmPbfCheck</name>
    <message>
        <source>at byte %1: a block header of %2 bytes (not an OpenStreetMap PBF file)</source>
        <translation>at byte %1: a block header of %2 bytes (not an OpenStreetMap PBF file)</translation>
    </message>
    <message>
        <source>at byte %1: a block header that cannot be read (not an OpenStreetMap PBF file)</source>
        <translation>at byte %1: a block header that cannot be read (not an OpenStreetMap PBF file)</translation>
    </message>
    <message>
        <source>at byte %1: a block without its type (not an OpenStreetMap PBF file)</source>
        <translation>at byte %1: a block without its type (not an OpenStreetMap PBF file)</translation>
    </message>
    <message>
        <source>at byte %1: a block of %2 bytes (not an OpenStreetMap PBF file)</source>
        <translation>at byte %1: a block of %2 bytes (not an OpenStreetMap PBF file)</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmReader</name>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>the file is larger than %1 GB: cut the extract to the centre&apos;s area first (osmium extract)</source>
        <translation>the file is larger than %1 GB: cut the extract to the centre&apos;s area first (osmium extract)</translation>
    </message>
    <message>
        <source>not an OpenStreetMap file this desk reads: .osm.pbf, .pbf or .osm (XML) expected</source>
        <translation>not an OpenStreetMap file this desk reads: .osm.pbf, .pbf or .osm (XML) expected</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>not read to its end: %1</source>
        <translation>not read to its end: %1</translation>
    </message>
    <message>
        <source>no road and no place in the file (%1 nodes and %2 ways read)</source>
        <translation>no road and no place in the file (%1 nodes and %2 ways read)</translation>
    </message>
</context>
<context>
    <name>dispatch::OsmXmlCheck</name>
    <message>
        <source>line %1: %2=&quot;%3&quot; is not a coordinate on the Earth</source>
        <translation>line %1: %2=&quot;%3&quot; is not a coordinate on the Earth</translation>
    </message>
</context>
<context>
    <name>dispatch::PhoneCommands</name>
    <message>
        <source>no abandoned call with id %1</source>
        <translation>no abandoned call with id %1</translation>
    </message>
    <message>
        <source>the call back of %1 was already closed (%2) %3</source>
        <translation>the call back of %1 was already closed (%2) %3</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>a withheld number</translation>
    </message>
    <message>
        <source>the call back of %1 was changed since it was shown here (%2): look at it again</source>
        <translation>the call back of %1 was changed since it was shown here (%2): look at it again</translation>
    </message>
    <message>
        <source>another desk changed the call back of %1 at the same moment (%2): look at it again</source>
        <translation>another desk changed the call back of %1 at the same moment (%2): look at it again</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>say what the caller said (a child playing, a pocket call, a call made by mistake …)</source>
        <translation>say what the caller said (a child playing, a pocket call, a call made by mistake …)</translation>
    </message>
</context>
<context>
    <name>dispatch::PracticeSwitch</name>
    <message>
        <source>Unscripted call on the practice line: listen to the caller.</source>
        <translation>Unscripted call on the practice line: listen to the caller.</translation>
    </message>
</context>
<context>
    <name>dispatch::Recommender</name>
    <message>
        <source>off duty</source>
        <translation>off duty</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>committed to another incident</source>
        <translation>committed to another incident</translation>
    </message>
    <message>
        <source>already assigned to this incident</source>
        <translation>already assigned to this incident</translation>
    </message>
    <message>
        <source>unit type not asked for</source>
        <translation>unit type not asked for</translation>
    </message>
    <message>
        <source>mediator&apos;s certificate expired</source>
        <translation>mediator&apos;s certificate expired</translation>
    </message>
    <message>
        <source>no mediator&apos;s certificate</source>
        <translation>no mediator&apos;s certificate</translation>
    </message>
    <message>
        <source>no position fix and no home station</source>
        <translation>no position fix and no home station</translation>
    </message>
</context>
<context>
    <name>dispatch::RectificationKind</name>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>the centre</translation>
    </message>
</context>
<context>
    <name>dispatch::ReportPeriod</name>
    <message>
        <source>Daily report %1</source>
        <translation>Daily report %1</translation>
    </message>
    <message>
        <source>Weekly report %1 – %2 (week %3)</source>
        <translation>Weekly report %1 – %2 (week %3)</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
</context>
<context>
    <name>dispatch::ReportTables</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Outside every zone</translation>
    </message>
    <message>
        <source>Zone %1 (removed)</source>
        <translation>Zone %1 (removed)</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Change against the previous period</source>
        <translation>Change against the previous period</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Daily average</translation>
    </message>
    <message>
        <source>Trend (incidents a day, per day)</source>
        <translation>Trend (incidents a day, per day)</translation>
    </message>
    <message>
        <source>Call to dispatch</source>
        <translation>Call to dispatch</translation>
    </message>
    <message>
        <source>Dispatch to on scene</source>
        <translation>Dispatch to on scene</translation>
    </message>
    <message>
        <source>Call to on scene</source>
        <translation>Call to on scene</translation>
    </message>
    <message>
        <source>On scene within 1 min of dispatch</source>
        <translation>On scene within 1 min of dispatch</translation>
    </message>
    <message>
        <source>On scene within 3 min of dispatch</source>
        <translation>On scene within 3 min of dispatch</translation>
    </message>
    <message>
        <source>On scene within 5 min of dispatch</source>
        <translation>On scene within 5 min of dispatch</translation>
    </message>
    <message>
        <source>Arrival within the zone&apos;s own circle</source>
        <translation>Arrival within the zone&apos;s own circle</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>Signed for within 30 s</translation>
    </message>
    <message>
        <source>Dispatched within the priority&apos;s target</source>
        <translation>Dispatched within the priority&apos;s target</translation>
    </message>
    <message>
        <source>Diverted to other agencies</source>
        <translation>Diverted to other agencies</translation>
    </message>
    <message>
        <source>Transferred to stations</source>
        <translation>Transferred to stations</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Merged duplicates</translation>
    </message>
    <message>
        <source>Repeat-incident marks</source>
        <translation>Repeat-incident marks</translation>
    </message>
    <message>
        <source>Category mix</source>
        <translation>Category mix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Zone ranking</source>
        <translation>Zone ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Arrivals measured</source>
        <translation>Arrivals measured</translation>
    </message>
    <message>
        <source>Arrival in time</source>
        <translation>Arrival in time</translation>
    </message>
    <message>
        <source>Hourly load</source>
        <translation>Hourly load</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Volume by day</source>
        <translation>Volume by day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dispatch to on scene (first unit)</source>
        <translation>Dispatch to on scene (first unit)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>and more</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (median)</translation>
    </message>
    <message>
        <source>%1 (90th percentile)</source>
        <translation>%1 (90th percentile)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Closed on scene</source>
        <translation>Closed on scene</translation>
    </message>
    <message>
        <source>Callbacks reached (of those to make)</source>
        <translation>Callbacks reached (of those to make)</translation>
    </message>
    <message>
        <source>Satisfied or basically satisfied</source>
        <translation>Satisfied or basically satisfied</translation>
    </message>
    <message>
        <source>Mediations settled (of those ended)</source>
        <translation>Mediations settled (of those ended)</translation>
    </message>
    <message>
        <source>Instructions answered directly (of those answered)</source>
        <translation>Instructions answered directly (of those answered)</translation>
    </message>
    <message>
        <source>Telephone: answering and abandoned calls</source>
        <translation>Telephone: answering and abandoned calls</translation>
    </message>
    <message>
        <source>Calls rung</source>
        <translation>Calls rung</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Answered within 10 s (NFPA 1225: 90 %)</source>
        <translation>Answered within 10 s (NFPA 1225: 90 %)</translation>
    </message>
    <message>
        <source>Answered within 15 s (NENA: 90 %)</source>
        <translation>Answered within 15 s (NENA: 90 %)</translation>
    </message>
    <message>
        <source>Answered within 20 s</source>
        <translation>Answered within 20 s</translation>
    </message>
    <message>
        <source>Abandoned (rang, not answered)</source>
        <translation>Abandoned (rang, not answered)</translation>
    </message>
    <message>
        <source>Abandoned calls called back</source>
        <translation>Abandoned calls called back</translation>
    </message>
    <message>
        <source>Called back in time</source>
        <translation>Called back in time</translation>
    </message>
    <message>
        <source>Caller reached</source>
        <translation>Caller reached</translation>
    </message>
    <message>
        <source>Became incidents</source>
        <translation>Became incidents</translation>
    </message>
    <message>
        <source>Not reached after every try</source>
        <translation>Not reached after every try</translation>
    </message>
    <message>
        <source>Call back still owed</source>
        <translation>Call back still owed</translation>
    </message>
    <message>
        <source>Calls answered within 15 s of the ring</source>
        <translation>Calls answered within 15 s of the ring</translation>
    </message>
</context>
<context>
    <name>dispatch::ResponsePolicy</name>
    <message>
        <source>&quot;%1&quot; must be an object with keys 1 to %2</source>
        <translation>&quot;%1&quot; must be an object with keys 1 to %2</translation>
    </message>
    <message>
        <source>needs a positive number (at most %1) for &quot;%2&quot;</source>
        <translation>needs a positive number (at most %1) for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation>not valid JSON: %1 (line %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a response policy (format &quot;dispatch-response-policy&quot;, version 1)</source>
        <translation>not a response policy (format &quot;dispatch-response-policy&quot;, version 1)</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must lie between 0 and 1</source>
        <translation>&quot;warning_share&quot; must lie between 0 and 1</translation>
    </message>
    <message>
        <source>&quot;sign_for_seconds&quot; must be 1 to 3600</source>
        <translation>&quot;sign_for_seconds&quot; must be 1 to 3600</translation>
    </message>
    <message>
        <source>an arrival relaxation cannot make the target stricter (must be 1 or more)</source>
        <translation>an arrival relaxation cannot make the target stricter (must be 1 or more)</translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation>cannot read the policy file: %1</translation>
    </message>
    <message>
        <source>call to dispatch</source>
        <translation>call to dispatch</translation>
    </message>
    <message>
        <source>sign-for</source>
        <translation>sign-for</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>first feedback</source>
        <translation>first feedback</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>closure</translation>
    </message>
    <message>
        <source>&quot;units&quot; must be an object</source>
        <translation>&quot;units&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;stale_after_seconds&quot; must be 5 to 86400</source>
        <translation>&quot;stale_after_seconds&quot; must be 5 to 86400</translation>
    </message>
    <message>
        <source>&quot;detour_factor&quot; must be 1 to 5</source>
        <translation>&quot;detour_factor&quot; must be 1 to 5</translation>
    </message>
    <message>
        <source>a speed must be 1 to 200 km/h</source>
        <translation>a speed must be 1 to 200 km/h</translation>
    </message>
    <message>
        <source>&quot;offer_committed_up_to_priority&quot; must be 0 to 4</source>
        <translation>&quot;offer_committed_up_to_priority&quot; must be 0 to 4</translation>
    </message>
    <message>
        <source>&quot;speed_kmh&quot; must map unit types to km/h</source>
        <translation>&quot;speed_kmh&quot; must map unit types to km/h</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>unknown unit type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;transfer_sign_for_seconds&quot; must be a whole number from 60 to 604800</source>
        <translation>&quot;transfer_sign_for_seconds&quot; must be a whole number from 60 to 604800</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;instruction_reply_seconds&quot; must be an object of urgent, general and repeated</source>
        <translation>&quot;instruction_reply_seconds&quot; must be an object of urgent, general and repeated</translation>
    </message>
    <message>
        <source>unknown instruction class &quot;%1&quot; (urgent, general, repeated)</source>
        <translation>unknown instruction class &quot;%1&quot; (urgent, general, repeated)</translation>
    </message>
    <message>
        <source>a reply time must be a whole number of seconds from 300 to 2592000</source>
        <translation>a reply time must be a whole number of seconds from 300 to 2592000</translation>
    </message>
    <message>
        <source>dispatch</source>
        <comment>short clock name</comment>
        <translation>dispatch</translation>
    </message>
    <message>
        <source>sign-for</source>
        <comment>short clock name</comment>
        <translation>sign-for</translation>
    </message>
    <message>
        <source>arrival</source>
        <comment>short clock name</comment>
        <translation>arrival</translation>
    </message>
    <message>
        <source>feedback</source>
        <comment>short clock name</comment>
        <translation>feedback</translation>
    </message>
    <message>
        <source>closure</source>
        <comment>short clock name</comment>
        <translation>closure</translation>
    </message>
</context>
<context>
    <name>dispatch::RingingCalls</name>
    <message>
        <source>call %1 is already known: a call rings once</source>
        <translation>call %1 is already known: a call rings once</translation>
    </message>
    <message>
        <source>no call %1 rang: its location is not taken</source>
        <translation>no call %1 rang: its location is not taken</translation>
    </message>
    <message>
        <source>%1 calls are kept already: call %2 is not taken</source>
        <translation>%1 calls are kept already: call %2 is not taken</translation>
    </message>
</context>
<context>
    <name>dispatch::RoadGraph</name>
    <message>
        <source>the start is more than %1 m from any road of the map</source>
        <translation>the start is more than %1 m from any road of the map</translation>
    </message>
    <message>
        <source>the end is more than %1 m from any road of the map</source>
        <translation>the end is more than %1 m from any road of the map</translation>
    </message>
    <message>
        <source>no road of the map leads from the start to the end (a one-way street, or a part of the network not joined to the rest)</source>
        <translation>no road of the map leads from the start to the end (a one-way street, or a part of the network not joined to the rest)</translation>
    </message>
    <message>
        <source>&quot;name&quot;: a name of 1 to 60 characters is needed</source>
        <translation>&quot;name&quot;: a name of 1 to 60 characters is needed</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a number from %2 to %3 is needed</source>
        <translation>&quot;%1&quot;: a number from %2 to %3 is needed</translation>
    </message>
    <message>
        <source>&quot;speed_kmh.%1&quot;: a speed from 1 to 200 km/h is needed</source>
        <translation>&quot;speed_kmh.%1&quot;: a speed from 1 to 200 km/h is needed</translation>
    </message>
    <message>
        <source>&quot;speed_kmh&quot;: the speed of at least one road class is needed</source>
        <translation>&quot;speed_kmh&quot;: the speed of at least one road class is needed</translation>
    </message>
</context>
<context>
    <name>dispatch::Roles</name>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Shift leader</source>
        <translation>Shift leader</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>dispatch::Scenario</name>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>&quot;lat&quot; and &quot;lon&quot; must both be numbers of a valid position</source>
        <translation>&quot;lat&quot; and &quot;lon&quot; must both be numbers of a valid position</translation>
    </message>
    <message>
        <source>needs an object {category, priority, divert_to, mediation}</source>
        <translation>needs an object {category, priority, divert_to, mediation}</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1 to 4</source>
        <translation>must be 1 to 4</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>unknown agency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a non-police matter is diverted</source>
        <translation>only a non-police matter is diverted</translation>
    </message>
    <message>
        <source>must be an agency code or null</source>
        <translation>must be an agency code or null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>only a dispute goes to a mediator</source>
        <translation>only a dispute goes to a mediator</translation>
    </message>
    <message>
        <source>cannot read the scenario: %1</source>
        <translation>cannot read the scenario: %1</translation>
    </message>
    <message>
        <source>district.zones: the zones file %1 does not exist</source>
        <translation>district.zones: the zones file %1 does not exist</translation>
    </message>
    <message>
        <source>not a JSON object: %1 (line %2)</source>
        <translation>not a JSON object: %1 (line %2)</translation>
    </message>
    <message>
        <source>not a scenario (format &quot;dispatch-scenario&quot;, version 1)</source>
        <translation>not a scenario (format &quot;dispatch-scenario&quot;, version 1)</translation>
    </message>
    <message>
        <source>a scenario needs a title</source>
        <translation>a scenario needs a title</translation>
    </message>
    <message>
        <source>&quot;demo&quot; or a GeoJSON file</source>
        <translation>&quot;demo&quot; or a GeoJSON file</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time with its offset, e.g. 2026-11-20T20:00:00+08:00</source>
        <translation>an ISO 8601 date-time with its offset, e.g. 2026-11-20T20:00:00+08:00</translation>
    </message>
    <message>
        <source>a whole number of minutes from 1 to 10080</source>
        <translation>a whole number of minutes from 1 to 10080</translation>
    </message>
    <message>
        <source>&quot;demo&quot; or a list of units</source>
        <translation>&quot;demo&quot; or a list of units</translation>
    </message>
    <message>
        <source>a unit needs a callsign</source>
        <translation>a unit needs a callsign</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the roster twice</source>
        <translation>&quot;%1&quot; is in the roster twice</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>unknown unit type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a unit needs &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>a unit needs &quot;lat&quot; and &quot;lon&quot;</translation>
    </message>
    <message>
        <source>a unit starts available, busy or off duty, not &quot;%1&quot;</source>
        <translation>a unit starts available, busy or off duty, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be [min, max], whole numbers, min ≤ max</source>
        <translation>must be [min, max], whole numbers, min ≤ max</translation>
    </message>
    <message>
        <source>must be [min, max] with 0 &lt; min ≤ max ≤ 10</source>
        <translation>must be [min, max] with 0 &lt; min ≤ max ≤ 10</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <source>a scenario needs at least one event</source>
        <translation>a scenario needs at least one event</translation>
    </message>
    <message>
        <source>a call needs an id</source>
        <translation>a call needs an id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>the id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>unknown source line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>what the caller says is needed</source>
        <translation>what the caller says is needed</translation>
    </message>
    <message>
        <source>an escalation names the call it escalates</source>
        <translation>an escalation names the call it escalates</translation>
    </message>
    <message>
        <source>no earlier call &quot;%1&quot;</source>
        <translation>no earlier call &quot;%1&quot;</translation>
    </message>
    <message>
        <source>what the trainee should reach is needed</source>
        <translation>what the trainee should reach is needed</translation>
    </message>
    <message>
        <source>no unit &quot;%1&quot; in the roster</source>
        <translation>no unit &quot;%1&quot; in the roster</translation>
    </message>
    <message>
        <source>breakdown, avl_lost or late_on_scene</source>
        <translation>breakdown, avl_lost or late_on_scene</translation>
    </message>
    <message>
        <source>a whole number of minutes from 0 to 1440</source>
        <translation>a whole number of minutes from 0 to 1440</translation>
    </message>
    <message>
        <source>who issues the instruction</source>
        <translation>who issues the instruction</translation>
    </message>
    <message>
        <source>the instruction&apos;s text</source>
        <translation>the instruction&apos;s text</translation>
    </message>
    <message>
        <source>urgent, general or repeated</source>
        <translation>urgent, general or repeated</translation>
    </message>
    <message>
        <source>call, escalation, unit or instruction, not &quot;%1&quot;</source>
        <translation>call, escalation, unit or instruction, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):
</source>
        <translation>
            <numerusform>%n problem:
</numerusform>
            <numerusform>%n problems:
</numerusform>
        </translation>
    </message>
    <message>
        <source>seconds from the start, or &quot;HH:MM:SS&quot;, at most 7 days</source>
        <translation>seconds from the start, or &quot;HH:MM:SS&quot;, at most 7 days</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a call on the practice line needs the number the role-player calls from</source>
        <translation>a call on the practice line needs the number the role-player calls from</translation>
    </message>
</context>
<context>
    <name>dispatch::ScenarioFromHistory</name>
    <message>
        <source>the period is empty</source>
        <translation>the period is empty</translation>
    </message>
    <message>
        <source>History %1 – %2</source>
        <translation>History %1 – %2</translation>
    </message>
    <message>
        <source>Made from the store&apos;s history of that period: each incident a call at its own time and place.</source>
        <translation>Made from the store&apos;s history of that period: each incident a call at its own time and place.</translation>
    </message>
    <message>
        <source>the period holds more than %1 incidents: choose a shorter one</source>
        <translation>the period holds more than %1 incidents: choose a shorter one</translation>
    </message>
    <message>
        <source>%1 (record %2)</source>
        <translation>%1 (record %2)</translation>
    </message>
    <message>
        <source>no incident was received in that period</source>
        <translation>no incident was received in that period</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerConnection</name>
    <message>
        <source>this is not a valid PostgreSQL address (postgresql://user@host:port/database): %1</source>
        <translation>this is not a valid PostgreSQL address (postgresql://user@host:port/database): %1</translation>
    </message>
    <message>
        <source>the address names no database (postgresql://user@host:port/database)</source>
        <translation>the address names no database (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the store on the server: %1</source>
        <translation>cannot reach the store on the server: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerWatch</name>
    <message>
        <source>the server does not answer</source>
        <translation>the server does not answer</translation>
    </message>
</context>
<context>
    <name>dispatch::SetupCommands</name>
    <message>
        <source>a user name is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a user name is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>the store already holds a district</source>
        <translation>the store already holds a district</translation>
    </message>
    <message>
        <source>staging point %1 names an unknown station &quot;%2&quot;</source>
        <translation>staging point %1 names an unknown station &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unit %1 names an unknown station &quot;%2&quot;</source>
        <translation>unit %1 names an unknown station &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unit %1 names an unknown staging point &quot;%2&quot;</source>
        <translation>unit %1 names an unknown staging point &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the user name &quot;%1&quot; is taken</source>
        <translation>the user name &quot;%1&quot; is taken</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>no user &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::ShiftPattern</name>
    <message>
        <source>Night shift</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <source>Evening shift</source>
        <translation>Evening shift</translation>
    </message>
    <message>
        <source>a shift pattern needs at least one shift</source>
        <translation>a shift pattern needs at least one shift</translation>
    </message>
    <message>
        <source>invalid start time</source>
        <translation>invalid start time</translation>
    </message>
    <message>
        <source>two shifts start at %1</source>
        <translation>two shifts start at %1</translation>
    </message>
    <message>
        <source>a shift pattern is a JSON array of {&quot;start&quot;:&quot;HH:mm&quot;,&quot;name&quot;:…}</source>
        <translation>a shift pattern is a JSON array of {&quot;start&quot;:&quot;HH:mm&quot;,&quot;name&quot;:…}</translation>
    </message>
    <message>
        <source>start must be HH:mm</source>
        <translation>start must be HH:mm</translation>
    </message>
    <message>
        <source>Shift %1–%2</source>
        <translation>Shift %1–%2</translation>
    </message>
</context>
<context>
    <name>dispatch::SignInPolicy</name>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>a password needs at least %1 characters</translation>
    </message>
    <message>
        <source>this password is one of the most common ones; choose another</source>
        <translation>this password is one of the most common ones; choose another</translation>
    </message>
    <message>
        <source>a password must not be the user name</source>
        <translation>a password must not be the user name</translation>
    </message>
</context>
<context>
    <name>dispatch::Simulator</name>
    <message>
        <source>back in service</source>
        <translation>back in service</translation>
    </message>
    <message>
        <source>vehicle broke down</source>
        <translation>vehicle broke down</translation>
    </message>
    <message>
        <source>handled on scene</source>
        <translation>handled on scene</translation>
    </message>
    <message>
        <source>answered directly: handled before, no new risk</source>
        <translation>answered directly: handled before, no new risk</translation>
    </message>
    <message>
        <source>checked by %1 and reported</source>
        <translation>checked by %1 and reported</translation>
    </message>
</context>
<context>
    <name>dispatch::Siting</name>
    <message>
        <source>no map is loaded: sites are chosen over the roads (dispatchctl map import)</source>
        <translation>no map is loaded: sites are chosen over the roads (dispatchctl map import)</translation>
    </message>
    <message>
        <source>choose at least one site</source>
        <translation>choose at least one site</translation>
    </message>
    <message>
        <source>the target must be 30 to 3,600 seconds</source>
        <translation>the target must be 30 to 3,600 seconds</translation>
    </message>
    <message>
        <source>no existing site has the code &quot;%1&quot;</source>
        <translation>no existing site has the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 sites are kept but only %2 chosen</source>
        <translation>%1 sites are kept but only %2 chosen</translation>
    </message>
    <message>
        <source>no incident of the period lies on the map&apos;s roads: nothing to cover</source>
        <translation>no incident of the period lies on the map&apos;s roads: nothing to cover</translation>
    </message>
    <message>
        <source>the kept site %1 is off the map&apos;s roads</source>
        <translation>the kept site %1 is off the map&apos;s roads</translation>
    </message>
    <message>
        <source>only %1 candidate sites for %2 to choose</source>
        <translation>only %1 candidate sites for %2 to choose</translation>
    </message>
    <message>
        <source>the solver could not solve the relaxed problem</source>
        <translation>the solver could not solve the relaxed problem</translation>
    </message>
    <message>
        <source>the solver found no choice of sites within %1 s</source>
        <translation>the solver found no choice of sites within %1 s</translation>
    </message>
</context>
<context>
    <name>dispatch::SpeedCalibration</name>
    <message>
        <source>no map is loaded: speeds are fitted over the roads (dispatchctl map import)</source>
        <translation>no map is loaded: speeds are fitted over the roads (dispatchctl map import)</translation>
    </message>
    <message>
        <source>%1 journeys to fit on (at least %2 are needed): a longer period, or the units&apos; stations</source>
        <translation>%1 journeys to fit on (at least %2 are needed): a longer period, or the units&apos; stations</translation>
    </message>
    <message>
        <source>the solver found no straight-line fit</source>
        <translation>the solver found no straight-line fit</translation>
    </message>
    <message>
        <source>the solver found no fit of the road speeds</source>
        <translation>the solver found no fit of the road speeds</translation>
    </message>
</context>
<context>
    <name>dispatch::StateCheck</name>
    <message>
        <source>incident %1 (id %2) has no incident.created event: it was written behind the application&apos;s back</source>
        <translation>incident %1 (id %2) has no incident.created event: it was written behind the application&apos;s back</translation>
    </message>
    <message>
        <source>incident %1 is &quot;%2&quot; in its row, but the log left it &quot;%3&quot; (event #%4): the row was changed without its event</source>
        <translation>incident %1 is &quot;%2&quot; in its row, but the log left it &quot;%3&quot; (event #%4): the row was changed without its event</translation>
    </message>
    <message>
        <source>incident %1 (id %2) is in the log but its row is gone: it was deleted without an event</source>
        <translation>incident %1 (id %2) is in the log but its row is gone: it was deleted without an event</translation>
    </message>
    <message>
        <source>incident %1: unit %2 has %3 assignment row(s) but %4 dispatch event(s): an assignment was written or deleted without its event</source>
        <translation>incident %1: unit %2 has %3 assignment row(s) but %4 dispatch event(s): an assignment was written or deleted without its event</translation>
    </message>
    <message>
        <source>incident %1: unit %2 has %3 released assignment(s) but %4 release event(s): a release was written or undone without its event</source>
        <translation>incident %1: unit %2 has %3 released assignment(s) but %4 release event(s): a release was written or undone without its event</translation>
    </message>
    <message>
        <source>%1 is in the log but its row is gone: it was deleted without an event</source>
        <translation>%1 is in the log but its row is gone: it was deleted without an event</translation>
    </message>
    <message>
        <source>%1 has no followup.opened event: it was written behind the application&apos;s back</source>
        <translation>%1 has no followup.opened event: it was written behind the application&apos;s back</translation>
    </message>
    <message>
        <source>%1 is open in its row, but the log closed it: the row was changed without its event</source>
        <translation>%1 is open in its row, but the log closed it: the row was changed without its event</translation>
    </message>
    <message>
        <source>%1 is closed in its row, but the log never closed it: the row was changed without its event</source>
        <translation>%1 is closed in its row, but the log never closed it: the row was changed without its event</translation>
    </message>
    <message>
        <source>%1 ended &quot;%2&quot; in its row, but the log closed it &quot;%3&quot;</source>
        <translation>%1 ended &quot;%2&quot; in its row, but the log closed it &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 %2 has no %3 event: it was written behind the application&apos;s back</source>
        <translation>%1 %2 has no %3 event: it was written behind the application&apos;s back</translation>
    </message>
    <message>
        <source>%1 %2: its row shows what %3 records, but the log has no such event: the row was changed without its event</source>
        <translation>%1 %2: its row shows what %3 records, but the log has no such event: the row was changed without its event</translation>
    </message>
    <message>
        <source>%1 %2 is in the log (%3) but its row is gone: it was deleted without an event</source>
        <translation>%1 %2 is in the log (%3) but its row is gone: it was deleted without an event</translation>
    </message>
    <message>
        <source>%1 %2: the log has its %3 event, but its row does not show it: the row was changed without its event</source>
        <translation>%1 %2: the log has its %3 event, but its row does not show it: the row was changed without its event</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock&apos;s deadline is not its start plus the time allowed: the row was changed without an event</source>
        <translation>incident %1: the %2 clock&apos;s deadline is not its start plus the time allowed: the row was changed without an event</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock stopped %3 s after its deadline but is &quot;%4&quot; in its row: the row was changed without an event</source>
        <translation>incident %1: the %2 clock stopped %3 s after its deadline but is &quot;%4&quot; in its row: the row was changed without an event</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock stopped by its deadline but is &quot;%3&quot; in its row: the row was changed without an event</source>
        <translation>incident %1: the %2 clock stopped by its deadline but is &quot;%3&quot; in its row: the row was changed without an event</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock is stamped breached, but the log has no clock.breached event for it</source>
        <translation>incident %1: the %2 clock is stamped breached, but the log has no clock.breached event for it</translation>
    </message>
    <message>
        <source>incident %1: the log says the %2 clock was breached, but its row shows no breach: the breach was cleared without an event</source>
        <translation>incident %1: the log says the %2 clock was breached, but its row shows no breach: the breach was cleared without an event</translation>
    </message>
    <message>
        <source>incident %1: the %2 clock&apos;s deadline is not the one its clock.breached event named: the row was changed without an event</source>
        <translation>incident %1: the %2 clock&apos;s deadline is not the one its clock.breached event named: the row was changed without an event</translation>
    </message>
    <message>
        <source>incident #%1: the log says its %2 clock was breached, but the clock is gone: it was deleted without an event</source>
        <translation>incident #%1: the log says its %2 clock was breached, but the clock is gone: it was deleted without an event</translation>
    </message>
    <message>
        <source>incident %1: unit %2&apos;s sign-for is stamped late, but the log has no unit.sign_for_late event for it</source>
        <translation>incident %1: unit %2&apos;s sign-for is stamped late, but the log has no unit.sign_for_late event for it</translation>
    </message>
    <message>
        <source>incident %1: the log says unit %2 signed for it late, but its assignment shows no breach: the breach was cleared without an event</source>
        <translation>incident %1: the log says unit %2 signed for it late, but its assignment shows no breach: the breach was cleared without an event</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreCheckReport</name>
    <message>
        <source>handover %1 (%2) is accepted but its acceptance is not in the event log</source>
        <translation>handover %1 (%2) is accepted but its acceptance is not in the event log</translation>
    </message>
    <message>
        <source>handover %1 (%2) changed after it was accepted: its hash is %3, the event log froze %4</source>
        <translation>handover %1 (%2) changed after it was accepted: its hash is %3, the event log froze %4</translation>
    </message>
    <message>
        <source>the integrity check could not run to its end: %1</source>
        <translation>the integrity check could not run to its end: %1</translation>
    </message>
    <message>
        <source>the foreign-key check could not run to its end: %1</source>
        <translation>the foreign-key check could not run to its end: %1</translation>
    </message>
    <message>
        <source>the event log could not be read to its end: %1</source>
        <translation>the event log could not be read to its end: %1</translation>
    </message>
    <message>
        <source>the accepted handovers could not be read: %1</source>
        <translation>the accepted handovers could not be read: %1</translation>
    </message>
    <message>
        <source>%1 at desk %2: %3</source>
        <translation>%1 at desk %2: %3</translation>
    </message>
    <message>
        <source>the store&apos;s guards could not be read: %1</source>
        <translation>the store&apos;s guards could not be read: %1</translation>
    </message>
    <message>
        <source>the incidents could not be compared with the log: %1</source>
        <translation>the incidents could not be compared with the log: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreGuards</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is switched off</source>
        <translation>%1 is switched off</translation>
    </message>
    <message>
        <source>%1 was rewritten</source>
        <translation>%1 was rewritten</translation>
    </message>
</context>
<context>
    <name>dispatch::StoreLocator</name>
    <message>
        <source> — create one with: dispatchctl init --db %1 --demo</source>
        <translation> — create one with: dispatchctl init --db %1 --demo</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionCodes</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>by instruction</source>
        <translation>by instruction</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Repeat-ledger entry</source>
        <translation>Repeat-ledger entry</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionCommands</name>
    <message>
        <source>no supervision with id %1</source>
        <translation>no supervision with id %1</translation>
    </message>
    <message>
        <source>this supervision is already closed</source>
        <translation>this supervision is already closed</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>no %1 with id %2</translation>
    </message>
    <message>
        <source>already under supervision</source>
        <translation>already under supervision</translation>
    </message>
    <message>
        <source>name who answers for it</source>
        <translation>name who answers for it</translation>
    </message>
    <message>
        <source>the deadline must lie ahead</source>
        <translation>the deadline must lie ahead</translation>
    </message>
    <message>
        <source>a progress note needs its text</source>
        <translation>a progress note needs its text</translation>
    </message>
    <message>
        <source>say how it ended</source>
        <translation>say how it ended</translation>
    </message>
    <message>
        <source>Rectification overdue: %1</source>
        <translation>Rectification overdue: %1</translation>
    </message>
    <message>
        <source>shift leader on duty</source>
        <translation>shift leader on duty</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>The progress note</source>
        <translation>The progress note</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
</context>
<context>
    <name>dispatch::SupervisionKind</name>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>dispatch::Taxonomy</name>
    <message>
        <source>missing array &quot;%1&quot;</source>
        <translation>missing array &quot;%1&quot;</translation>
    </message>
    <message>
        <source>entry without &quot;%1&quot;</source>
        <translation>entry without &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>duplicate code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>not valid JSON: %1 (at byte %2)</translation>
    </message>
    <message>
        <source>a tier needs &quot;tier&quot; 1..5 and a positive &quot;arrival_seconds&quot;</source>
        <translation>a tier needs &quot;tier&quot; 1..5 and a positive &quot;arrival_seconds&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::TextLimits</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1 is too long: %2 characters, at most %3</translation>
    </message>
</context>
<context>
    <name>dispatch::TimestampParser</name>
    <message>
        <source>unknown time zone</source>
        <translation>unknown time zone</translation>
    </message>
    <message>
        <source>the year is written yyyy in a timestamp format, not %1</source>
        <translation>the year is written yyyy in a timestamp format, not %1</translation>
    </message>
    <message>
        <source>AM/PM is written AP in a timestamp format</source>
        <translation>AM/PM is written AP in a timestamp format</translation>
    </message>
    <message>
        <source>unknown letter &apos;%1&apos; in the timestamp format (yyyy MM dd HH hh mm ss zzz AP)</source>
        <translation>unknown letter &apos;%1&apos; in the timestamp format (yyyy MM dd HH hh mm ss zzz AP)</translation>
    </message>
    <message>
        <source>a timestamp format needs yyyy, MM and dd</source>
        <translation>a timestamp format needs yyyy, MM and dd</translation>
    </message>
    <message>
        <source>hh (12-hour clock) and AP go together in a timestamp format; use HH for 24 hours</source>
        <translation>hh (12-hour clock) and AP go together in a timestamp format; use HH for 24 hours</translation>
    </message>
</context>
<context>
    <name>dispatch::TrainingRecords</name>
    <message>
        <source>cannot open the training record: %1</source>
        <translation>cannot open the training record: %1</translation>
    </message>
    <message>
        <source>a session belongs to a trainee</source>
        <translation>a session belongs to a trainee</translation>
    </message>
</context>
<context>
    <name>dispatch::TrainingStore</name>
    <message>
        <source>no training store here</source>
        <translation>no training store here</translation>
    </message>
    <message>
        <source>this store is not a training store: an exercise never runs on a live store</source>
        <translation>this store is not a training store: an exercise never runs on a live store</translation>
    </message>
    <message>
        <source>a file is already there: a training store is always new</source>
        <translation>a file is already there: a training store is always new</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the live store</source>
        <translation>no user &quot;%1&quot; in the live store</translation>
    </message>
    <message>
        <source>sign in to answer a call</source>
        <translation>sign in to answer a call</translation>
    </message>
    <message>
        <source>there is no call %1 in this exercise</source>
        <translation>there is no call %1 in this exercise</translation>
    </message>
    <message>
        <source>this call was answered by %1 at desk %2 at %3</source>
        <translation>this call was answered by %1 at desk %2 at %3</translation>
    </message>
    <message>
        <source>this call was answered already</source>
        <translation>this call was answered already</translation>
    </message>
</context>
<context>
    <name>dispatch::TransferCommands</name>
    <message>
        <source>no police station with id %1</source>
        <translation>no police station with id %1</translation>
    </message>
    <message>
        <source>say why the incident goes to the station</source>
        <translation>say why the incident goes to the station</translation>
    </message>
    <message>
        <source>no transfer with id %1</source>
        <translation>no transfer with id %1</translation>
    </message>
    <message>
        <source>the station already signed for it</source>
        <translation>the station already signed for it</translation>
    </message>
    <message>
        <source>say who signed for it at the station</source>
        <translation>say who signed for it at the station</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>Who signed for it</source>
        <translation>Who signed for it</translation>
    </message>
</context>
<context>
    <name>dispatch::TransferKind</name>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>sign for: %1</source>
        <translation>sign for: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageEngine</name>
    <message>
        <source> (overruled)</source>
        <translation> (overruled)</translation>
    </message>
    <message>
        <source>not diverted: danger sign 「%1」</source>
        <translation>not diverted: danger sign 「%1」</translation>
    </message>
    <message>
        <source>no rule set the category; default %1</source>
        <translation>no rule set the category; default %1</translation>
    </message>
    <message>
        <source>divert to %1</source>
        <translation>divert to %1</translation>
    </message>
    <message>
        <source>may be offered to a mediator</source>
        <translation>may be offered to a mediator</translation>
    </message>
    <message>
        <source>notify %1 as well</source>
        <translation>notify %1 as well</translation>
    </message>
    <message>
        <source>just happened, still there or running away</source>
        <translation>just happened, still there or running away</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageJsonLines</name>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>&quot;text&quot; is required and must be a non-empty string</source>
        <translation>&quot;text&quot; is required and must be a non-empty string</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>unknown source line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;phone&quot; must be a string</source>
        <translation>&quot;phone&quot; must be a string</translation>
    </message>
    <message>
        <source>give both &quot;lat&quot; and &quot;lon&quot; or neither</source>
        <translation>give both &quot;lat&quot; and &quot;lon&quot; or neither</translation>
    </message>
    <message>
        <source>&quot;lat&quot;/&quot;lon&quot; must be numbers within -90..90 and -180..180</source>
        <translation>&quot;lat&quot;/&quot;lon&quot; must be numbers within -90..90 and -180..180</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO-8601 date and time, not &quot;%1&quot;</source>
        <translation>&quot;time&quot; must be an ISO-8601 date and time, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>not valid JSON: %1 (at character %2)</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>each line must be one JSON object</translation>
    </message>
</context>
<context>
    <name>dispatch::TriagePattern</name>
    <message>
        <source>the regular expression is empty</source>
        <translation>the regular expression is empty</translation>
    </message>
    <message>
        <source>look-around &quot;%1&quot; is not supported, since patterns are matched in linear time; write the neighbours to exclude as a class, e.g. (^|[^x])y([^z]|$)</source>
        <translation>look-around &quot;%1&quot; is not supported, since patterns are matched in linear time; write the neighbours to exclude as a class, e.g. (^|[^x])y([^z]|$)</translation>
    </message>
    <message>
        <source>back-reference &quot;%1&quot; is not supported, since patterns are matched in linear time</source>
        <translation>back-reference &quot;%1&quot; is not supported, since patterns are matched in linear time</translation>
    </message>
    <message>
        <source>the regular expression is too large to be matched in linear time; split the rule</source>
        <translation>the regular expression is too large to be matched in linear time; split the rule</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>the regular expression does not compile: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::TriageRuleSet</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the rules file must hold one JSON object</source>
        <translation>the rules file must hold one JSON object</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>unknown field &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; must be a list of strings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>&quot;%1&quot; must be a list of non-empty strings</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>unknown category &quot;%1&quot; in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a time of day must read HH:MM, not &quot;%1&quot;</source>
        <translation>a time of day must read HH:MM, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;dispatch-triage-rules&quot;</source>
        <translation>&quot;format&quot; must be &quot;dispatch-triage-rules&quot;</translation>
    </message>
    <message>
        <source>only &quot;version&quot;: 1 is understood</source>
        <translation>only &quot;version&quot;: 1 is understood</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty list</source>
        <translation>&quot;rules&quot; must be a non-empty list</translation>
    </message>
    <message>
        <source>rule %1 is not an object</source>
        <translation>rule %1 is not an object</translation>
    </message>
    <message>
        <source>rule %1 has no &quot;id&quot;</source>
        <translation>rule %1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>the id is used twice</translation>
    </message>
    <message>
        <source>&quot;defaults.priority&quot; must be 1 to 4</source>
        <translation>&quot;defaults.priority&quot; must be 1 to 4</translation>
    </message>
    <message>
        <source>priority for &quot;%1&quot; must be 1 to 4</source>
        <translation>priority for &quot;%1&quot; must be 1 to 4</translation>
    </message>
    <message>
        <source>&quot;duplicates.%1&quot; must be a positive whole number</source>
        <translation>&quot;duplicates.%1&quot; must be a positive whole number</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>the rule</translation>
    </message>
    <message>
        <source>unknown source line &quot;%1&quot;</source>
        <translation>unknown source line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;all&quot; has no words</source>
        <translation>an entry of &quot;all&quot; has no words</translation>
    </message>
    <message>
        <source>&quot;fired&quot; names &quot;%1&quot;, which is not a rule above this one</source>
        <translation>&quot;fired&quot; names &quot;%1&quot;, which is not a rule above this one</translation>
    </message>
    <message>
        <source>a tier must be 1 to 5</source>
        <translation>a tier must be 1 to 5</translation>
    </message>
    <message>
        <source>a rule needs at least one condition in &quot;when&quot;</source>
        <translation>a rule needs at least one condition in &quot;when&quot;</translation>
    </message>
    <message>
        <source>a rule must propose something in &quot;then&quot;</source>
        <translation>a rule must propose something in &quot;then&quot;</translation>
    </message>
    <message>
        <source>&quot;priority&quot; must be 1 to 4</source>
        <translation>&quot;priority&quot; must be 1 to 4</translation>
    </message>
    <message>
        <source>unknown agency code &quot;%1&quot;</source>
        <translation>unknown agency code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule that diverts must set &quot;category&quot;: &quot;non_police&quot;</source>
        <translation>a rule that diverts must set &quot;category&quot;: &quot;non_police&quot;</translation>
    </message>
    <message>
        <source>&quot;mediation&quot; must be true or false</source>
        <translation>&quot;mediation&quot; must be true or false</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>unknown unit type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation>cannot read the rules file: %1</translation>
    </message>
    <message>
        <source>&quot;danger&quot; must be an object</source>
        <translation>&quot;danger&quot; must be an object</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitCommands</name>
    <message>
        <source>no unit with id %1</source>
        <translation>no unit with id %1</translation>
    </message>
    <message>
        <source>a unit is sent to an incident by dispatching it, not by setting its status</source>
        <translation>a unit is sent to an incident by dispatching it, not by setting its status</translation>
    </message>
    <message>
        <source>%1 is committed to an incident; clear it from the incident first</source>
        <translation>%1 is committed to an incident; clear it from the incident first</translation>
    </message>
    <message>
        <source>no unit comes on or goes off duty</source>
        <translation>no unit comes on or goes off duty</translation>
    </message>
    <message>
        <source>shift change</source>
        <translation>shift change</translation>
    </message>
    <message>
        <source>shift change: %1</source>
        <translation>shift change: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>%1 is already on duty</source>
        <translation>%1 is already on duty</translation>
    </message>
    <message>
        <source>%1 is already off duty</source>
        <translation>%1 is already off duty</translation>
    </message>
    <message>
        <source>%1 is on an incident and cannot go off duty; clear it first</source>
        <translation>%1 is on an incident and cannot go off duty; clear it first</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>%1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</source>
        <translation>%1 changed since this screen showed it: it is now &quot;%2&quot; (last changed %3); look at it again before repeating this</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitLifecycle</name>
    <message>
        <source>On patrol</source>
        <translation>On patrol</translation>
    </message>
    <message>
        <source>At staging point</source>
        <translation>At staging point</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <source>the unit is already &quot;%1&quot;</source>
        <translation>the unit is already &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a unit cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>a unit cannot go from &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::UnitRepository</name>
    <message>
        <source>%1 was changed by another writer while this change was made; nothing was saved, look at it again</source>
        <translation>%1 was changed by another writer while this change was made; nothing was saved, look at it again</translation>
    </message>
</context>
<context>
    <name>dispatch::WarningPolicy</name>
    <message>
        <source>not valid JSON: %1 (line %2)</source>
        <translation>not valid JSON: %1 (line %2)</translation>
    </message>
    <message>
        <source>a warning policy is a JSON object</source>
        <translation>a warning policy is a JSON object</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be &quot;dispatch-warning-policy&quot;</source>
        <translation>must be &quot;dispatch-warning-policy&quot;</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a number above 0</source>
        <translation>a number above 0</translation>
    </message>
    <message>
        <source>missing or not a number above 0</source>
        <translation>missing or not a number above 0</translation>
    </message>
    <message>
        <source>missing or not a number of at least 1</source>
        <translation>missing or not a number of at least 1</translation>
    </message>
    <message>
        <source>each level must ask at least as much as the one below it</source>
        <translation>each level must ask at least as much as the one below it</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the warning policy: %1</source>
        <translation>cannot read the warning policy: %1</translation>
    </message>
    <message>
        <source>green (normal)</source>
        <translation>green (normal)</translation>
    </message>
    <message>
        <source>yellow (attention)</source>
        <translation>yellow (attention)</translation>
    </message>
    <message>
        <source>orange (urgent)</source>
        <translation>orange (urgent)</translation>
    </message>
    <message>
        <source>red (severe)</source>
        <translation>red (severe)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
</context>
<context>
    <name>dispatch::WarningReport</name>
    <message>
        <source>all incidents</source>
        <translation>all incidents</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 in the last %n day(s) against %4 ± %5 (same days of the previous %6 weeks)</source>
        <translation>
            <numerusform>%1 in %2: %3 in the last %n day against %4 ± %5 (same days of the previous %6 weeks)</numerusform>
            <numerusform>%1 in %2: %3 in the last %n days against %4 ± %5 (same days of the previous %6 weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::WatchList</name>
    <message>
        <source>a telephone number (3 to 20 digits) expected, found &quot;%1&quot;</source>
        <translation>a telephone number (3 to 20 digits) expected, found &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dispatch::WorkOrderLifecycle</name>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>the work order is already &quot;%1&quot;</source>
        <translation>the work order is already &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the work order is &quot;%1&quot; and can no longer change</source>
        <translation>the work order is &quot;%1&quot; and can no longer change</translation>
    </message>
    <message>
        <source>a work order cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>a work order cannot go from &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the agency has not taken the work order on yet: mark it &quot;%1&quot; first</source>
        <translation>the agency has not taken the work order on yet: mark it &quot;%1&quot; first</translation>
    </message>
</context>
<context>
    <name>dispatch::ZoneCommands</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staging point(s)</source>
        <translation>
            <numerusform>%n staging point</numerusform>
            <numerusform>%n staging points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>replacing would remove zones that are still referred to: %1; nothing was imported (leave out the replace option to merge, or keep these zones in the file)</source>
        <translation>replacing would remove zones that are still referred to: %1; nothing was imported (leave out the replace option to merge, or keep these zones in the file)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 in the file, %3 in the store)</source>
        <translation>&quot;%1&quot; (%2 in the file, %3 in the store)</translation>
    </message>
    <message>
        <source>zones of the file take the names of stored zones with other codes: %1; nothing was imported (give the stored codes with the code property, or replace those zones)</source>
        <translation>zones of the file take the names of stored zones with other codes: %1; nothing was imported (give the stored codes with the code property, or replace those zones)</translation>
    </message>
</context>
<context>
    <name>dispatch::ZoneImport</name>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>no properties</source>
        <translation>no properties</translation>
    </message>
    <message>
        <source>no property holds a name in every feature; choose the name property (the features have: %1)</source>
        <translation>no property holds a name in every feature; choose the name property (the features have: %1)</translation>
    </message>
    <message>
        <source>several properties could name the zones (%1): choose the name property (the features have: %2)</source>
        <translation>several properties could name the zones (%1): choose the name property (the features have: %2)</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; must be a circle tier from 1 to 5, not %2</source>
        <translation>property &quot;%1&quot; must be a circle tier from 1 to 5, not %2</translation>
    </message>
    <message>
        <source>the default tier must be from 1 to 5, not %1</source>
        <translation>the default tier must be from 1 to 5, not %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more feature(s) refused)</source>
        <translation>
            <numerusform>(%n more feature refused)</numerusform>
            <numerusform>(%n more features refused)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no features</source>
        <translation>the file holds no features</translation>
    </message>
    <message>
        <source>%1: feature %2</source>
        <translation>%1: feature %2</translation>
    </message>
    <message>
        <source>no name in property &quot;%1&quot; (the feature has: %2)</source>
        <translation>no name in property &quot;%1&quot; (the feature has: %2)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds no letter or digit to make a code from; give the codes in a property</source>
        <translation>the name &quot;%1&quot; holds no letter or digit to make a code from; give the codes in a property</translation>
    </message>
    <message>
        <source>no code in property &quot;%1&quot; (the feature has: %2)</source>
        <translation>no code in property &quot;%1&quot; (the feature has: %2)</translation>
    </message>
    <message>
        <source>the geometry encloses no area</source>
        <translation>the geometry encloses no area</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also the name of feature %2</source>
        <translation>the name &quot;%1&quot; is also the name of feature %2</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; (name &quot;%2&quot;) is also the code of feature %3</source>
        <translation>the code &quot;%1&quot; (name &quot;%2&quot;) is also the code of feature %3</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ctl::CtlContext</name>
    <message>
        <source>Verify SQLite integrity, foreign keys and the event hash chain.</source>
        <translation>Verify SQLite integrity, foreign keys and the event hash chain.</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integrity: ok</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>event chain: %1 events, intact</source>
        <translation>event chain: %1 events, intact</translation>
    </message>
    <message>
        <source>event chain: BROKEN at event #%1: %2</source>
        <translation>event chain: BROKEN at event #%1: %2</translation>
    </message>
    <message>
        <source>Only incidents still open.</source>
        <translation>Only incidents still open.</translation>
    </message>
    <message>
        <source>At most N incidents, newest first (default 1000).</source>
        <translation>At most N incidents, newest first (default 1000).</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>List incidents, newest first.</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a store, or upgrade an older one to this version&apos;s schema.</source>
        <translation>Create a store, or upgrade an older one to this version&apos;s schema.</translation>
    </message>
    <message>
        <source>created store %1 (schema %2)</source>
        <translation>created store %1 (schema %2)</translation>
    </message>
    <message>
        <source>upgraded store %1 from schema %2 to %3</source>
        <translation>upgraded store %1 from schema %2 to %3</translation>
    </message>
    <message>
        <source>store %1 is up to date (schema %2)</source>
        <translation>store %1 is up to date (schema %2)</translation>
    </message>
    <message>
        <source>the store already holds a district; left as it is</source>
        <translation>the store already holds a district; left as it is</translation>
    </message>
    <message>
        <source>seeded the demo district: %1 zones, %2 police stations, %3 staging points, %4 units, %5 linked agencies, %6 users</source>
        <translation>seeded the demo district: %1 zones, %2 police stations, %3 staging points, %4 units, %5 linked agencies, %6 users</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The display name (add).</source>
        <translation>The display name (add).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>dispatcher, shift_leader, trainer or admin (add).</source>
        <translation>dispatcher, shift_leader, trainer or admin (add).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Manage the users of a store.</source>
        <translation>Manage the users of a store.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>--username is required</source>
        <translation>--username is required</translation>
    </message>
    <message>
        <source>--role must be dispatcher, shift_leader, trainer or admin</source>
        <translation>--role must be dispatcher, shift_leader, trainer or admin</translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation>added user %1 (%2)</translation>
    </message>
    <message>
        <source>password changed for %1</source>
        <translation>password changed for %1</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation>--db PATH is required</translation>
    </message>
    <message>
        <source>Try &apos;dispatchctl --help&apos;.</source>
        <translation>Try &apos;dispatchctl --help&apos;.</translation>
    </message>
    <message>
        <source>Triage rules file (default: the built-in rules).</source>
        <translation>Triage rules file (default: the built-in rules).</translation>
    </message>
    <message>
        <source>Triage calls read as JSON Lines on standard input; one JSON line per call on standard output. --db takes the zones (circle tiers) and time zone of a store.</source>
        <translation>Triage calls read as JSON Lines on standard input; one JSON line per call on standard output. --db takes the zones (circle tiers) and time zone of a store.</translation>
    </message>
    <message>
        <source>the rules file was refused: %1</source>
        <translation>the rules file was refused: %1</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n line could not be read</numerusform>
            <numerusform>%n lines could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Callsign of the unit the positions belong to.</source>
        <translation>Callsign of the unit the positions belong to.</translation>
    </message>
    <message>
        <source>Move the track so that it starts at the unit&apos;s current position.</source>
        <translation>Move the track so that it starts at the unit&apos;s current position.</translation>
    </message>
    <message>
        <source>The subcommand: replay.</source>
        <translation>The subcommand: replay.</translation>
    </message>
    <message>
        <source>An NMEA-0183 file.</source>
        <translation>An NMEA-0183 file.</translation>
    </message>
    <message>
        <source>avl replay: feed a recorded NMEA file to a unit through the same decoder as the live feed and store its last good fix; print the fixes used and the sentences rejected.</source>
        <translation>avl replay: feed a recorded NMEA file to a unit through the same decoder as the live feed and store its last good fix; print the fixes used and the sentences rejected.</translation>
    </message>
    <message>
        <source>usage: dispatchctl avl replay --db PATH --unit CALLSIGN FILE.nmea</source>
        <translation>usage: dispatchctl avl replay --db PATH --unit CALLSIGN FILE.nmea</translation>
    </message>
    <message>
        <source>--unit is required</source>
        <translation>--unit is required</translation>
    </message>
    <message>
        <source>no unit with callsign &quot;%1&quot;</source>
        <translation>no unit with callsign &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no position to anchor the track at</source>
        <translation>%1 has no position to anchor the track at</translation>
    </message>
    <message>
        <source>List every unit with its type, status, last position fix and staleness.</source>
        <translation>List every unit with its type, status, last position fix and staleness.</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>no position</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>fresh</translation>
    </message>
    <message>
        <source>Latitude of the incident.</source>
        <translation>Latitude of the incident.</translation>
    </message>
    <message>
        <source>Longitude of the incident.</source>
        <translation>Longitude of the incident.</translation>
    </message>
    <message>
        <source>Category code (taxonomy).</source>
        <translation>Category code (taxonomy).</translation>
    </message>
    <message>
        <source>Priority 1 to 4 (default 2).</source>
        <translation>Priority 1 to 4 (default 2).</translation>
    </message>
    <message>
        <source>Suitable unit types, comma separated (default: every police type).</source>
        <translation>Suitable unit types, comma separated (default: every police type).</translation>
    </message>
    <message>
        <source>Rank the units for an incident at a point: distance, ETA against the arrival target of the zone&apos;s circle, and the units left out with the reason.</source>
        <translation>Rank the units for an incident at a point: distance, ETA against the arrival target of the zone&apos;s circle, and the units left out with the reason.</translation>
    </message>
    <message>
        <source>--lat and --lon need a valid latitude and longitude</source>
        <translation>--lat and --lon need a valid latitude and longitude</translation>
    </message>
    <message>
        <source>--priority must be 1 to 4</source>
        <translation>--priority must be 1 to 4</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown unit type &quot;%1&quot;</source>
        <translation>unknown unit type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Zone %1, tier %2: arrival within %3 s; %4 unit(s) needed</source>
        <translation>Zone %1, tier %2: arrival within %3 s; %4 unit(s) needed</translation>
    </message>
    <message>
        <source>outside every zone</source>
        <translation>outside every zone</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>Excluded:</translation>
    </message>
    <message>
        <source>CALLSIGN</source>
        <translation>CALLSIGN</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>tier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 vertices</source>
        <translation>
            <numerusform>%n zone, %1 vertices</numerusform>
            <numerusform>%n zones, %1 vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n zone(s), %2 vertices, names from property &quot;%3&quot;</source>
        <translation>
            <numerusform>%1: %n zone, %2 vertices, names from property &quot;%3&quot;</numerusform>
            <numerusform>%1: %n zones, %2 vertices, names from property &quot;%3&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, removed %4</source>
        <translation>added %1, updated %2, unchanged %3, removed %4</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>added:</translation>
    </message>
    <message>
        <source>updated:</source>
        <translation>updated:</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>removed:</translation>
    </message>
    <message>
        <source>The feature property that names the zones (required when several could).</source>
        <translation>The feature property that names the zones (required when several could).</translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation>PROPERTY</translation>
    </message>
    <message>
        <source>The feature property that gives the zone codes (default: derived from the names).</source>
        <translation>The feature property that gives the zone codes (default: derived from the names).</translation>
    </message>
    <message>
        <source>The feature property that gives the circle tier, 1 to 5 (default: --tier).</source>
        <translation>The feature property that gives the circle tier, 1 to 5 (default: --tier).</translation>
    </message>
    <message>
        <source>The circle tier of zones without one, 1 to 5 (default 3).</source>
        <translation>The circle tier of zones without one, 1 to 5 (default 3).</translation>
    </message>
    <message>
        <source>Also remove the zones the file lacks; refused if an incident or a staging point refers to one.</source>
        <translation>Also remove the zones the file lacks; refused if an incident or a staging point refers to one.</translation>
    </message>
    <message>
        <source>list (default) or import.</source>
        <translation>list (default) or import.</translation>
    </message>
    <message>
        <source>The GeoJSON FeatureCollection to import.</source>
        <translation>The GeoJSON FeatureCollection to import.</translation>
    </message>
    <message>
        <source>List the zones of a store, or import them from a GeoJSON file of Polygon and MultiPolygon features. Zones whose code is already stored are updated in place; new codes are added.</source>
        <translation>List the zones of a store, or import them from a GeoJSON file of Polygon and MultiPolygon features. Zones whose code is already stored are updated in place; new codes are added.</translation>
    </message>
    <message>
        <source>usage: dispatchctl zones list --db PATH [--json]</source>
        <translation>usage: dispatchctl zones list --db PATH [--json]</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, import)</source>
        <translation>unknown action &quot;%1&quot; (list, import)</translation>
    </message>
    <message>
        <source>usage: dispatchctl zones import --db PATH FILE.geojson [--name-property P] [--code-property P] [--tier-property P] [--tier N] [--replace] [--json]</source>
        <translation>usage: dispatchctl zones import --db PATH FILE.geojson [--name-property P] [--code-property P] [--tier-property P] [--tier N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>--tier must be 1 to 5</source>
        <translation>--tier must be 1 to 5</translation>
    </message>
    <message>
        <source>How many incidents.</source>
        <translation>How many incidents.</translation>
    </message>
    <message>
        <source>Over how many days, ending today.</source>
        <translation>Over how many days, ending today.</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same history).</source>
        <translation>Random seed (the same seed gives the same history).</translation>
    </message>
    <message>
        <source>Write a plausible synthetic history (seed 003&apos;s category mix, daily and hourly rhythm, the district&apos;s zones) as closed incidents marked with source GEN.</source>
        <translation>Write a plausible synthetic history (seed 003&apos;s category mix, daily and hourly rhythm, the district&apos;s zones) as closed incidents marked with source GEN.</translation>
    </message>
    <message>
        <source>usage: dispatchctl generate --db PATH --incidents N --days D [--seed S] [--json]</source>
        <translation>usage: dispatchctl generate --db PATH --incidents N --days D [--seed S] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) over %1 day(s) written in %2 ms (import %3, source GEN)</source>
        <translation>
            <numerusform>%n incident over %1 day written in %2 ms (import %3, source GEN)</numerusform>
            <numerusform>%n incidents over %1 days written in %2 ms (import %3, source GEN)</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping profile (JSON; see resources/import/README.md), or a built-in one: sf-fire-calls.</source>
        <translation>The mapping profile (JSON; see resources/import/README.md), or a built-in one: sf-fire-calls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CAD export to import.</source>
        <translation>The CAD export to import.</translation>
    </message>
    <message>
        <source>Import CAD history (closed incidents with their units&apos; times) from a CSV export through a mapping profile. One transaction: bad rows are skipped or stop the import by the profile&apos;s rule; incidents already imported from the same source are left as they are.</source>
        <translation>Import CAD history (closed incidents with their units&apos; times) from a CSV export through a mapping profile. One transaction: bad rows are skipped or stop the import by the profile&apos;s rule; incidents already imported from the same source are left as they are.</translation>
    </message>
    <message>
        <source>usage: dispatchctl import --db PATH --profile FILE CSV [--json]</source>
        <translation>usage: dispatchctl import --db PATH --profile FILE CSV [--json]</translation>
    </message>
    <message>
        <source>%1 through profile %2 (source %3)</source>
        <translation>%1 through profile %2 (source %3)</translation>
    </message>
    <message>
        <source>rows %1 · incidents %2 · unit assignments %3 · rejected %4 · already imported %5</source>
        <translation>rows %1 · incidents %2 · unit assignments %3 · rejected %4 · already imported %5</translation>
    </message>
    <message>
        <source>received from %1 to %2</source>
        <translation>received from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad row(s)</source>
        <translation>
            <numerusform>… and %n more bad row</numerusform>
            <numerusform>… and %n more bad rows</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at the first bad row (the profile&apos;s on_bad_row is &quot;stop&quot;): nothing was written</source>
        <translation>stopped at the first bad row (the profile&apos;s on_bad_row is &quot;stop&quot;): nothing was written</translation>
    </message>
    <message>
        <source>%1: n %2, p50 %3 s, p90 %4 s, p95 %5 s, within 1/3/5 min %6 / %7 / %8 %</source>
        <translation>%1: n %2, p50 %3 s, p90 %4 s, p95 %5 s, within 1/3/5 min %6 / %7 / %8 %</translation>
    </message>
    <message>
        <source>Received from (ISO date or date-time; local to the centre unless an offset is given).</source>
        <translation>Received from (ISO date or date-time; local to the centre unless an offset is given).</translation>
    </message>
    <message>
        <source>Received before (exclusive; same forms as --from).</source>
        <translation>Received before (exclusive; same forms as --from).</translation>
    </message>
    <message>
        <source>A zone&apos;s code or name (repeatable).</source>
        <translation>A zone&apos;s code or name (repeatable).</translation>
    </message>
    <message>
        <source>A category code (repeatable).</source>
        <translation>A category code (repeatable).</translation>
    </message>
    <message>
        <source>live, imported, exercise or all (default: live and imported).</source>
        <translation>live, imported, exercise or all (default: live and imported).</translation>
    </message>
    <message>
        <source>The figures of a period: counts by line, category, priority, zone, hour and weekday; intervals to the first unit with p50/p90/p95 and the shares within 1, 3 and 5 minutes; compliance; outcomes; the daily average and trend.</source>
        <translation>The figures of a period: counts by line, category, priority, zone, hour and weekday; intervals to the first unit with p50/p90/p95 and the shares within 1, 3 and 5 minutes; compliance; outcomes; the daily average and trend.</translation>
    </message>
    <message>
        <source>usage: dispatchctl stats --db PATH [--from ISO --to ISO] [--zone Z] [--json]</source>
        <translation>usage: dispatchctl stats --db PATH [--from ISO --to ISO] [--zone Z] [--json]</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO date or date-time</source>
        <translation>--%1: &quot;%2&quot; is not an ISO date or date-time</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to must come after --from</translation>
    </message>
    <message>
        <source>--zone: no zone with code or name &quot;%1&quot; (dispatchctl zones list)</source>
        <translation>--zone: no zone with code or name &quot;%1&quot; (dispatchctl zones list)</translation>
    </message>
    <message>
        <source>--origin must be live, imported, exercise or all</source>
        <translation>--origin must be live, imported, exercise or all</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n incident(s) over %3 day(s), %4 a day on average (trend %5 a day)</source>
        <translation>
            <numerusform>%1 to %2: %n incident over %3 day, %4 a day on average (trend %5 a day)</numerusform>
            <numerusform>%1 to %2: %n incidents over %3 days, %4 a day on average (trend %5 a day)</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-for within 30 s: %1 of %2 · call to dispatch in time: %3 of %4 · arrival within the own circle: %5 of %6</source>
        <translation>sign-for within 30 s: %1 of %2 · call to dispatch in time: %3 of %4 · arrival within the own circle: %5 of %6</translation>
    </message>
    <message>
        <source>diverted %1 · transferred %2 · merged %3 · cancelled %4 · closed %5</source>
        <translation>diverted %1 · transferred %2 · merged %3 · cancelled %4 · closed %5</translation>
    </message>
    <message>
        <source>The moment the recent window ends (ISO; default now).</source>
        <translation>The moment the recent window ends (ISO; default now).</translation>
    </message>
    <message>
        <source>A warning policy file (default: the built-in one).</source>
        <translation>A warning policy file (default: the built-in one).</translation>
    </message>
    <message>
        <source>Also write the bulletin as a CAP 1.2 alert to this file.</source>
        <translation>Also write the bulletin as a CAP 1.2 alert to this file.</translation>
    </message>
    <message>
        <source>Four-colour zone warnings: per zone and category, the last days&apos; volume against the same days of earlier weeks, with the policy&apos;s thresholds.</source>
        <translation>Four-colour zone warnings: per zone and category, the last days&apos; volume against the same days of earlier weeks, with the policy&apos;s thresholds.</translation>
    </message>
    <message>
        <source>usage: dispatchctl warnings --db PATH [--as-of ISO] [--policy FILE] [--cap OUT.xml] [--json]</source>
        <translation>usage: dispatchctl warnings --db PATH [--as-of ISO] [--policy FILE] [--cap OUT.xml] [--json]</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not an ISO date or date-time</source>
        <translation>--as-of: &quot;%1&quot; is not an ISO date or date-time</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Warnings as of %1 (the last %2 days against the same days of the previous %3 weeks): red %4 · orange %5 · yellow %6 of %7 judged</source>
        <translation>Warnings as of %1 (the last %2 days against the same days of the previous %3 weeks): red %4 · orange %5 · yellow %6 of %7 judged</translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of the %2 weeks before this moment (at least %3 are needed); nothing is raised.</source>
        <translation>No baseline yet: the records cover %1 of the %2 weeks before this moment (at least %3 are needed); nothing is raised.</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  OVERDUE</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) owed</source>
        <translation>
            <numerusform>%n item owed</numerusform>
            <numerusform>%n items owed</numerusform>
        </translation>
    </message>
    <message>
        <source>Any day of the week (Monday to Sunday) to report (default: this week).</source>
        <translation>Any day of the week (Monday to Sunday) to report (default: this week).</translation>
    </message>
    <message>
        <source>The repeat-incident ledger&apos;s weekly bulletin: entries opened, still open and closed in the week.</source>
        <translation>The repeat-incident ledger&apos;s weekly bulletin: entries opened, still open and closed in the week.</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>handovers: %n accepted, unchanged</source>
        <translation>
            <numerusform>handovers: %n accepted, unchanged</numerusform>
            <numerusform>handovers: %n accepted, unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>handovers: %1</source>
        <translation>handovers: %1</translation>
    </message>
    <message>
        <source>The end of the shift to report (ISO date-time; a moment inside a shift reports that shift as of then).</source>
        <translation>The end of the shift to report (ISO date-time; a moment inside a shift reports that shift as of then).</translation>
    </message>
    <message>
        <source>Also write the report as an A4 PDF to this file.</source>
        <translation>Also write the report as an A4 PDF to this file.</translation>
    </message>
    <message>
        <source>The handover report of a shift: its figures, everything carried over with owner and clock, the units, the notable events; with the signatures when the handover is stored.</source>
        <translation>The handover report of a shift: its figures, everything carried over with owner and clock, the units, the notable events; with the signatures when the handover is stored.</translation>
    </message>
    <message>
        <source>usage: dispatchctl handover --db PATH --shift-end ISO [--json] [--pdf OUT.pdf]</source>
        <translation>usage: dispatchctl handover --db PATH --shift-end ISO [--json] [--pdf OUT.pdf]</translation>
    </message>
    <message>
        <source>--shift-end: &quot;%1&quot; is not an ISO date-time</source>
        <translation>--shift-end: &quot;%1&quot; is not an ISO date-time</translation>
    </message>
    <message>
        <source>no shift of the centre&apos;s pattern at %1</source>
        <translation>no shift of the centre&apos;s pattern at %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls · %2 carried over (%3 overdue) · %4 breaches · %5 notable events</source>
        <translation>%1 calls · %2 carried over (%3 overdue) · %4 breaches · %5 notable events</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>The scenario file (JSON).</translation>
    </message>
    <message>
        <source>Where to write the training store (a new file; default: a temporary one).</source>
        <translation>Where to write the training store (a new file; default: a temporary one).</translation>
    </message>
    <message>
        <source>Only &quot;max&quot;: headless runs go as fast as they can.</source>
        <translation>Only &quot;max&quot;: headless runs go as fast as they can.</translation>
    </message>
    <message>
        <source>An automatic dispatcher takes every call (triage&apos;s proposal, the recommendation&apos;s top unit).</source>
        <translation>An automatic dispatcher takes every call (triage&apos;s proposal, the recommendation&apos;s top unit).</translation>
    </message>
    <message>
        <source>The seed of the run (default 1): the same seed gives the same run.</source>
        <translation>The seed of the run (default 1): the same seed gives the same run.</translation>
    </message>
    <message>
        <source>Seconds between a travelling unit&apos;s position reports (default 0: on arrival only).</source>
        <translation>Seconds between a travelling unit&apos;s position reports (default 0: on arrival only).</translation>
    </message>
    <message>
        <source>Run a training scenario headless on a new training store and print its metrics.</source>
        <translation>Run a training scenario headless on a new training store and print its metrics.</translation>
    </message>
    <message>
        <source>usage: dispatchctl simulate --scenario FILE [--db PATH] --speed max [--auto-dispatch] [--seed N] [--json]</source>
        <translation>usage: dispatchctl simulate --scenario FILE [--db PATH] --speed max [--auto-dispatch] [--seed N] [--json]</translation>
    </message>
    <message>
        <source>--speed: headless runs go at &quot;max&quot; only (the desk has 1× to 60×)</source>
        <translation>--speed: headless runs go at &quot;max&quot; only (the desk has 1× to 60×)</translation>
    </message>
    <message>
        <source>--seed: a whole number</source>
        <translation>--seed: a whole number</translation>
    </message>
    <message>
        <source>--positions: seconds, 0 or more</source>
        <translation>--positions: seconds, 0 or more</translation>
    </message>
    <message>
        <source>seed %1 · %2 incidents · %3 dispatched · %4 events in %5 ms · score %6</source>
        <translation>seed %1 · %2 incidents · %3 dispatched · %4 events in %5 ms · score %6</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>state %1</translation>
    </message>
    <message>
        <source>Start of the period (ISO, centre-local unless it has an offset).</source>
        <translation>Start of the period (ISO, centre-local unless it has an offset).</translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation>End of the period (exclusive).</translation>
    </message>
    <message>
        <source>The scenario file to write.</source>
        <translation>The scenario file to write.</translation>
    </message>
    <message>
        <source>The scenario&apos;s title.</source>
        <translation>The scenario&apos;s title.</translation>
    </message>
    <message>
        <source>Training scenarios: &quot;check FILE&quot; validates one (every problem with its JSON path); &quot;from-history&quot; writes one from a period of stored history.</source>
        <translation>Training scenarios: &quot;check FILE&quot; validates one (every problem with its JSON path); &quot;from-history&quot; writes one from a period of stored history.</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario check FILE</source>
        <translation>usage: dispatchctl scenario check FILE</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 calls, %4 min</source>
        <translation>%1: %2 events, %3 calls, %4 min</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario check FILE | from-history --db PATH --from ISO --to ISO --out FILE</source>
        <translation>usage: dispatchctl scenario check FILE | from-history --db PATH --from ISO --to ISO --out FILE</translation>
    </message>
    <message>
        <source>usage: dispatchctl scenario from-history --db PATH --from ISO --to ISO --out FILE</source>
        <translation>usage: dispatchctl scenario from-history --db PATH --from ISO --to ISO --out FILE</translation>
    </message>
    <message>
        <source>--from and --to: ISO dates or date-times, --from before --to</source>
        <translation>--from and --to: ISO dates or date-times, --from before --to</translation>
    </message>
    <message>
        <source>wrote %1: %2 calls over %3 min</source>
        <translation>wrote %1: %2 calls over %3 min</translation>
    </message>
    <message>
        <source>the store as it was before the upgrade is kept in %1</source>
        <translation>the store as it was before the upgrade is kept in %1</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1: not JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a call is one JSON object</source>
        <translation>%1: a call is one JSON object</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be %3</source>
        <translation>%1: field &quot;%2&quot; must be %3</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1: field &quot;text&quot; is required: what the caller says happened</source>
        <translation>%1: field &quot;text&quot; is required: what the caller says happened</translation>
    </message>
    <message>
        <source>%1: give both &quot;lat&quot; and &quot;lon&quot;, or neither</source>
        <translation>%1: give both &quot;lat&quot; and &quot;lon&quot;, or neither</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>%1: %2, %3 is not a place on Earth</source>
        <translation>%1: %2, %3 is not a place on Earth</translation>
    </message>
    <message>
        <source>1, 2, 3 or 4</source>
        <translation>1, 2, 3 or 4</translation>
    </message>
    <message>
        <source>Take the call as a new incident even when it may be a duplicate.</source>
        <translation>Take the call as a new incident even when it may be a duplicate.</translation>
    </message>
    <message>
        <source>Add the call to this open incident as a further caller instead.</source>
        <translation>Add the call to this open incident as a further caller instead.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The call as a JSON object (default: standard input).</source>
        <translation>The call as a JSON object (default: standard input).</translation>
    </message>
    <message>
        <source>call: take a call — {&quot;line&quot;,&quot;phone&quot;,&quot;name&quot;,&quot;address&quot;,&quot;lat&quot;,&quot;lon&quot;,&quot;text&quot;,&quot;category&quot;,&quot;priority&quot;,&quot;divert_to&quot;}, only &quot;text&quot; required; what it does not say is proposed by triage. Prints the incident&apos;s number; when earlier open incidents may be the same event, lists them and takes nothing (exit 3) unless --new or --caller-of says what to do.</source>
        <translation>call: take a call — {&quot;line&quot;,&quot;phone&quot;,&quot;name&quot;,&quot;address&quot;,&quot;lat&quot;,&quot;lon&quot;,&quot;text&quot;,&quot;category&quot;,&quot;priority&quot;,&quot;divert_to&quot;}, only &quot;text&quot; required; what it does not say is proposed by triage. Prints the incident&apos;s number; when earlier open incidents may be the same event, lists them and takes nothing (exit 3) unless --new or --caller-of says what to do.</translation>
    </message>
    <message>
        <source>usage: dispatchctl call --db PATH [FILE.json]</source>
        <translation>usage: dispatchctl call --db PATH [FILE.json]</translation>
    </message>
    <message>
        <source>--new and --caller-of exclude each other</source>
        <translation>--new and --caller-of exclude each other</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>standard input cannot be read</source>
        <translation>standard input cannot be read</translation>
    </message>
    <message>
        <source>no open incident %1</source>
        <translation>no open incident %1</translation>
    </message>
    <message>
        <source>added as a further caller to %1</source>
        <translation>added as a further caller to %1</translation>
    </message>
    <message>
        <source>  (%1 m away)</source>
        <translation>  (%1 m away)</translation>
    </message>
    <message numerus="yes">
        <source>not taken: %n open incident(s) may be the same event; take it with --new, or as a further caller with --caller-of NUMBER</source>
        <translation>
            <numerusform>not taken: %n open incident may be the same event; take it with --new, or as a further caller with --caller-of NUMBER</numerusform>
            <numerusform>not taken: %n open incidents may be the same event; take it with --new, or as a further caller with --caller-of NUMBER</numerusform>
        </translation>
    </message>
    <message>
        <source>The open incident&apos;s number.</source>
        <translation>The open incident&apos;s number.</translation>
    </message>
    <message>
        <source>A unit to send (repeat for several).</source>
        <translation>A unit to send (repeat for several).</translation>
    </message>
    <message>
        <source>Take units committed to another incident (as a desk confirms).</source>
        <translation>Take units committed to another incident (as a desk confirms).</translation>
    </message>
    <message>
        <source>dispatch: send units to an open incident, under the desk&apos;s rules.</source>
        <translation>dispatch: send units to an open incident, under the desk&apos;s rules.</translation>
    </message>
    <message>
        <source>usage: dispatchctl dispatch --db PATH --incident NUMBER --unit CALLSIGN [--unit …]</source>
        <translation>usage: dispatchctl dispatch --db PATH --incident NUMBER --unit CALLSIGN [--unit …]</translation>
    </message>
    <message>
        <source>dispatched %1 to %2</source>
        <translation>dispatched %1 to %2</translation>
    </message>
    <message>
        <source>The unit&apos;s callsign.</source>
        <translation>The unit&apos;s callsign.</translation>
    </message>
    <message>
        <source>signed_for, en_route, on_scene or clear.</source>
        <translation>signed_for, en_route, on_scene or clear.</translation>
    </message>
    <message>
        <source>step: a unit&apos;s step on its incident (signed for, en route, on scene) or its clearing, as the unit reports it.</source>
        <translation>step: a unit&apos;s step on its incident (signed for, en route, on scene) or its clearing, as the unit reports it.</translation>
    </message>
    <message>
        <source>usage: dispatchctl step --db PATH --unit CALLSIGN signed_for|en_route|on_scene|clear</source>
        <translation>usage: dispatchctl step --db PATH --unit CALLSIGN signed_for|en_route|on_scene|clear</translation>
    </message>
    <message>
        <source>Act as this user (the password is read from the DISPATCH_PASSWORD environment variable).</source>
        <translation>Act as this user (the password is read from the DISPATCH_PASSWORD environment variable).</translation>
    </message>
    <message>
        <source>Act as this tool, named on every event (default: dispatchctl).</source>
        <translation>Act as this tool, named on every event (default: dispatchctl).</translation>
    </message>
    <message>
        <source>The desk named on every event (default: dispatchctl@HOST).</source>
        <translation>The desk named on every event (default: dispatchctl@HOST).</translation>
    </message>
    <message>
        <source>--user and --tool exclude each other</source>
        <translation>--user and --tool exclude each other</translation>
    </message>
    <message>
        <source>--user needs the password in the DISPATCH_PASSWORD environment variable</source>
        <translation>--user needs the password in the DISPATCH_PASSWORD environment variable</translation>
    </message>
    <message>
        <source>--tool needs a name</source>
        <translation>--tool needs a name</translation>
    </message>
    <message>
        <source>desks: every desk that has written to the store, who is signed in there and since when, and when the desk last wrote (a desk that stopped without signing out shows its last sign-in; its last write tells how long ago it was seen).</source>
        <translation>desks: every desk that has written to the store, who is signed in there and since when, and when the desk last wrote (a desk that stopped without signing out shows its last sign-in; its last write tells how long ago it was seen).</translation>
    </message>
    <message>
        <source>%1 signed in since %2</source>
        <translation>%1 signed in since %2</translation>
    </message>
    <message>
        <source>nobody has signed in here</source>
        <translation>nobody has signed in here</translation>
    </message>
    <message>
        <source>signed out (%1 at %2)</source>
        <translation>signed out (%1 at %2)</translation>
    </message>
    <message>
        <source>last event %1</source>
        <translation>last event %1</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s), %1 signed in</source>
        <translation>
            <numerusform>%n desk, %1 signed in</numerusform>
            <numerusform>%n desks, %1 signed in</numerusform>
        </translation>
    </message>
    <message>
        <source>The store: a file, or a centre&apos;s server as postgresql://user@host/database.</source>
        <translation>The store: a file, or a centre&apos;s server as postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The centre&apos;s training database (postgresql://…/dispatch_training).</source>
        <translation>The centre&apos;s training database (postgresql://…/dispatch_training).</translation>
    </message>
    <message>
        <source>Drop this exercise (its schema, as listed) and everything in it.</source>
        <translation>Drop this exercise (its schema, as listed) and everything in it.</translation>
    </message>
    <message>
        <source>exercises: the exercises held in a training database on the server, with their scenario, trainees and where their time stands; --drop removes one.</source>
        <translation>exercises: the exercises held in a training database on the server, with their scenario, trainees and where their time stands; --drop removes one.</translation>
    </message>
    <message>
        <source>--db must name the centre&apos;s training database on the server (postgresql://…)</source>
        <translation>--db must name the centre&apos;s training database on the server (postgresql://…)</translation>
    </message>
    <message>
        <source>no exercise %1 in this training database (dispatchctl exercises --db … lists them)</source>
        <translation>no exercise %1 in this training database (dispatchctl exercises --db … lists them)</translation>
    </message>
    <message>
        <source>the exercise %1 could not be dropped</source>
        <translation>the exercise %1 could not be dropped</translation>
    </message>
    <message>
        <source>dropped %1 (%2)</source>
        <translation>dropped %1 (%2)</translation>
    </message>
    <message>
        <source>trainees: %1</source>
        <translation>trainees: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>paused at %1</translation>
    </message>
    <message>
        <source>running, at %1</source>
        <translation>running, at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>The user name (add, passwd, unlock).</source>
        <translation>The user name (add, passwd, unlock).</translation>
    </message>
    <message>
        <source>How long five failed sign-ins lock an account (policy).</source>
        <translation>How long five failed sign-ins lock an account (policy).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>How long a desk may stay untouched before it locks (policy).</source>
        <translation>How long a desk may stay untouched before it locks (policy).</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (list, add, passwd, unlock, policy)</source>
        <translation>unknown action &quot;%1&quot; (list, add, passwd, unlock, policy)</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>unlocked %1</translation>
    </message>
    <message>
        <source>How long before its shift&apos;s end a handover may be signed (policy).</source>
        <translation>How long before its shift&apos;s end a handover may be signed (policy).</translation>
    </message>
    <message>
        <source>--lock-minutes, --idle-minutes and --sign-minutes take a number of minutes</source>
        <translation>--lock-minutes, --idle-minutes and --sign-minutes take a number of minutes</translation>
    </message>
    <message>
        <source>an account locks for %1 min after %2 failed sign-ins; a desk locks after %3 min untouched; a handover is signed from %4 min before its shift&apos;s end</source>
        <translation>an account locks for %1 min after %2 failed sign-ins; a desk locks after %3 min untouched; a handover is signed from %4 min before its shift&apos;s end</translation>
    </message>
    <message numerus="yes">
        <source>the store is damaged (%1, and %n more finding(s)); nothing was written. dispatchctl check names what is wrong; restore it from a backup</source>
        <translation>
            <numerusform>the store is damaged (%1, and %n more finding); nothing was written. dispatchctl check names what is wrong; restore it from a backup</numerusform>
            <numerusform>the store is damaged (%1, and %n more findings); nothing was written. dispatchctl check names what is wrong; restore it from a backup</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 fix(es) used, %3 sentence(s) rejected (garbage %4, bad checksum %5, no fix %6, implausible %7), %8 other sentence(s) and %9 comment line(s) ignored; last fix %10 stored</source>
        <translation>%1: %2 fix(es) used, %3 sentence(s) rejected (garbage %4, bad checksum %5, no fix %6, implausible %7), %8 other sentence(s) and %9 comment line(s) ignored; last fix %10 stored</translation>
    </message>
    <message>
        <source>list (default), add, passwd, unlock or policy; add and passwd read the new password from the next line of standard input (after the administrator&apos;s).</source>
        <translation>list (default), add, passwd, unlock or policy; add and passwd read the new password from the next line of standard input (after the administrator&apos;s).</translation>
    </message>
    <message>
        <source>The administrator who signs in for this change; the password is the first line of standard input.</source>
        <translation>The administrator who signs in for this change; the password is the first line of standard input.</translation>
    </message>
    <message>
        <source>this changes the store: --admin NAME (an administrator or a shift leader) is required, with the password on the first line of standard input</source>
        <translation>this changes the store: --admin NAME (an administrator or a shift leader) is required, with the password on the first line of standard input</translation>
    </message>
    <message>
        <source>this changes the store: --admin NAME (an administrator) is required, with the password on the first line of standard input</source>
        <translation>this changes the store: --admin NAME (an administrator) is required, with the password on the first line of standard input</translation>
    </message>
    <message>
        <source>--admin needs the password on the first line of standard input</source>
        <translation>--admin needs the password on the first line of standard input</translation>
    </message>
    <message>
        <source>%1 is not an administrator or a shift leader</source>
        <translation>%1 is not an administrator or a shift leader</translation>
    </message>
    <message>
        <source>%1 is not an administrator</source>
        <translation>%1 is not an administrator</translation>
    </message>
    <message numerus="yes">
        <source>guards: %n trigger(s), in place</source>
        <translation>
            <numerusform>guards: %n trigger, in place</numerusform>
            <numerusform>guards: %n triggers, in place</numerusform>
        </translation>
    </message>
    <message>
        <source>guards: %1 (a desk makes it again when it opens the store)</source>
        <translation>guards: %1 (a desk makes it again when it opens the store)</translation>
    </message>
    <message>
        <source>guards: restored %1</source>
        <translation>guards: restored %1</translation>
    </message>
    <message>
        <source>Also prove the log still extends every head anchored in this file (dispatchctl anchor).</source>
        <translation>Also prove the log still extends every head anchored in this file (dispatchctl anchor).</translation>
    </message>
    <message numerus="yes">
        <source>anchors: the log extends all %n anchored head(s)</source>
        <translation>
            <numerusform>anchors: the log extends the %n anchored head</numerusform>
            <numerusform>anchors: the log extends all %n anchored heads</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: %1</source>
        <translation>anchors: %1</translation>
    </message>
    <message>
        <source>Append the anchor to this file (made readable by its owner only).</source>
        <translation>Append the anchor to this file (made readable by its owner only).</translation>
    </message>
    <message>
        <source>anchor: print the head of the event chain (&quot;SEQ HASH TIME&quot;) to be kept outside the store: on paper, in another system, or appended to a file on another machine. dispatchctl check --anchors FILE proves the log still extends every anchored head.</source>
        <translation>anchor: print the head of the event chain (&quot;SEQ HASH TIME&quot;) to be kept outside the store: on paper, in another system, or appended to a file on another machine. dispatchctl check --anchors FILE proves the log still extends every anchored head.</translation>
    </message>
    <message>
        <source>the event log is empty: nothing to anchor yet</source>
        <translation>the event log is empty: nothing to anchor yet</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>cannot append to %1: %2</translation>
    </message>
    <message>
        <source>event chain: the content of %1 keyed events was not verified: this check has not got the centre&apos;s key (DISPATCH_CHAIN_KEY)</source>
        <translation>event chain: the content of %1 keyed events was not verified: this check has not got the centre&apos;s key (DISPATCH_CHAIN_KEY)</translation>
    </message>
    <message>
        <source>Where to write the key (default: STORE.key beside a store file).</source>
        <translation>Where to write the key (default: STORE.key beside a store file).</translation>
    </message>
    <message>
        <source>Make the store&apos;s key.</source>
        <translation>Make the store&apos;s key.</translation>
    </message>
    <message>
        <source>key init: make the centre&apos;s key for the event log. From the next event on, every event&apos;s hash is an HMAC under it, so that a log rewritten by someone who can write the store but has not got the key does not verify. Keep the file readable by the desks&apos; accounts only, and a copy apart from the store&apos;s backups; every desk and dispatchctl finds it in DISPATCH_CHAIN_KEY or as STORE.key.</source>
        <translation>key init: make the centre&apos;s key for the event log. From the next event on, every event&apos;s hash is an HMAC under it, so that a log rewritten by someone who can write the store but has not got the key does not verify. Keep the file readable by the desks&apos; accounts only, and a copy apart from the store&apos;s backups; every desk and dispatchctl finds it in DISPATCH_CHAIN_KEY or as STORE.key.</translation>
    </message>
    <message>
        <source>usage: dispatchctl key init --db PATH [--out FILE] --admin NAME</source>
        <translation>usage: dispatchctl key init --db PATH [--out FILE] --admin NAME</translation>
    </message>
    <message>
        <source>a server&apos;s store needs --out FILE</source>
        <translation>a server&apos;s store needs --out FILE</translation>
    </message>
    <message>
        <source>this store&apos;s log is keyed already (its key was found): a store is keyed once</source>
        <translation>this store&apos;s log is keyed already (its key was found): a store is keyed once</translation>
    </message>
    <message>
        <source>wrote %1: the event log is keyed from event #%2 on</source>
        <translation>wrote %1: the event log is keyed from event #%2 on</translation>
    </message>
    <message numerus="yes">
        <source>state: %n incident(s) as the log left them</source>
        <translation>
            <numerusform>state: %n incident as the log left it</numerusform>
            <numerusform>state: %n incidents as the log left them</numerusform>
        </translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>state: %1</translation>
    </message>
    <message>
        <source>Everything still owed after the call (%1): who owes it, since when and by when, the overdue first.</source>
        <translation>Everything still owed after the call (%1): who owes it, since when and by when, the overdue first.</translation>
    </message>
    <message numerus="yes">
        <source>state: %n unit assignment(s) as the log left them</source>
        <translation>
            <numerusform>state: %n unit assignment as the log left it</numerusform>
            <numerusform>state: %n unit assignments as the log left them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n follow-up item(s) as the log left them</source>
        <translation>
            <numerusform>state: %n follow-up item as the log left it</numerusform>
            <numerusform>state: %n follow-up items as the log left them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n row(s) of the follow-up lists as the log left them</source>
        <translation>
            <numerusform>state: %n row of the follow-up lists as the log left it</numerusform>
            <numerusform>state: %n rows of the follow-up lists as the log left them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>state: %n clock(s) and sign-for stamp(s) as the log left them</source>
        <translation>
            <numerusform>state: %n clock or sign-for stamp as the log left it</numerusform>
            <numerusform>state: %n clocks and sign-for stamps as the log left them</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident to write as an EIDO, by its number.</source>
        <translation>The incident to write as an EIDO, by its number.</translation>
    </message>
    <message>
        <source>Every incident received from this moment (ISO, the centre&apos;s time).</source>
        <translation>Every incident received from this moment (ISO, the centre&apos;s time).</translation>
    </message>
    <message>
        <source>… until this moment (exclusive; default now).</source>
        <translation>… until this moment (exclusive; default now).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Write incidents as NENA EIDO 1.0 JSON (NENA-STA-021) to hand them to another centre: one incident as an object (--eido NUMBER), or the incidents taken at the desks in a period as an array (--from ISO [--to ISO]). Nothing in the store changes.</source>
        <translation>Write incidents as NENA EIDO 1.0 JSON (NENA-STA-021) to hand them to another centre: one incident as an object (--eido NUMBER), or the incidents taken at the desks in a period as an array (--from ISO [--to ISO]). Nothing in the store changes.</translation>
    </message>
    <message>
        <source>usage: dispatchctl export --db PATH (--eido NUMBER | --from ISO [--to ISO]) [--out FILE]</source>
        <translation>usage: dispatchctl export --db PATH (--eido NUMBER | --from ISO [--to ISO]) [--out FILE]</translation>
    </message>
    <message>
        <source>--from: a date or date-time expected, found &quot;%1&quot;</source>
        <translation>--from: a date or date-time expected, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to: a date or date-time expected, found &quot;%1&quot;</source>
        <translation>--to: a date or date-time expected, found &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) written to %1</source>
        <translation>
            <numerusform>%n incident written to %1</numerusform>
            <numerusform>%n incidents written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The EIDO file (one object, or an array of them).</source>
        <translation>The EIDO file (one object, or an array of them).</translation>
    </message>
    <message>
        <source>The line the incidents come in on: instruction (default) or 12345.</source>
        <translation>The line the incidents come in on: instruction (default) or 12345.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Take in incidents handed over by another centre as NENA EIDO JSON: each becomes an open incident on the line instruction or 12345, keeping the sender&apos;s id. All or none: a document that cannot be read, one already taken in or this centre&apos;s own stops the whole file.</source>
        <translation>Take in incidents handed over by another centre as NENA EIDO JSON: each becomes an open incident on the line instruction or 12345, keeping the sender&apos;s id. All or none: a document that cannot be read, one already taken in or this centre&apos;s own stops the whole file.</translation>
    </message>
    <message>
        <source>usage: dispatchctl import --db PATH --eido FILE [--line instruction|12345] [--json]</source>
        <translation>usage: dispatchctl import --db PATH --eido FILE [--line instruction|12345] [--json]</translation>
    </message>
    <message>
        <source>%1 taken in as incident %2 (from %3)</source>
        <translation>%1 taken in as incident %2 (from %3)</translation>
    </message>
    <message>
        <source>Move the recording&apos;s times so that its last event is now (a recorded day shown on today&apos;s desk).</source>
        <translation>Move the recording&apos;s times so that its last event is now (a recorded day shown on today&apos;s desk).</translation>
    </message>
    <message>
        <source>The switch&apos;s events, JSON Lines, each with its time.</source>
        <translation>The switch&apos;s events, JSON Lines, each with its time.</translation>
    </message>
    <message>
        <source>cti replay: write a recorded day of the telephone switch&apos;s events (JSON Lines, the desk&apos;s --cti-listen format, every line with its time) into the store, all or none: the calls, the abandoned ones owed a call back, the answer figures.</source>
        <translation>cti replay: write a recorded day of the telephone switch&apos;s events (JSON Lines, the desk&apos;s --cti-listen format, every line with its time) into the store, all or none: the calls, the abandoned ones owed a call back, the answer figures.</translation>
    </message>
    <message>
        <source>usage: dispatchctl cti replay --db PATH [--to-now] FILE.jsonl</source>
        <translation>usage: dispatchctl cti replay --db PATH [--to-now] FILE.jsonl</translation>
    </message>
    <message>
        <source>%1: the recording ends in the future (%2); --to-now moves it to end now</source>
        <translation>%1: the recording ends in the future (%2); --to-now moves it to end now</translation>
    </message>
    <message>
        <source>%1: %2 event(s) from %3 to %4; %5 call(s) rang, %6 abandoned (owed a call back); %7 event(s) refused as a desk would (a second ring, a location of an unknown call)</source>
        <translation>%1: %2 event(s) from %3 to %4; %5 call(s) rang, %6 abandoned (owed a call back); %7 event(s) refused as a desk would (a second ring, a location of an unknown call)</translation>
    </message>
    <message>
        <source>no map loaded (dispatchctl map import --db PATH FILE.osm.pbf)</source>
        <translation>no map loaded (dispatchctl map import --db PATH FILE.osm.pbf)</translation>
    </message>
    <message>
        <source>map from %1 (SHA-256 %2), loaded %3 by %4</source>
        <translation>map from %1 (SHA-256 %2), loaded %3 by %4</translation>
    </message>
    <message>
        <source>%1 roads (%2 named, %3 one-way); %4 addresses, %5 points of interest, %6 named places; %7 water and %8 green areas</source>
        <translation>%1 roads (%2 named, %3 one-way); %4 addresses, %5 points of interest, %6 named places; %7 water and %8 green areas</translation>
    </message>
    <message>
        <source>usage: dispatchctl map info --db PATH [--json]</source>
        <translation>usage: dispatchctl map info --db PATH [--json]</translation>
    </message>
    <message>
        <source>usage: dispatchctl map import --db PATH [--admin NAME] FILE.osm.pbf|FILE.osm [--json]</source>
        <translation>usage: dispatchctl map import --db PATH [--admin NAME] FILE.osm.pbf|FILE.osm [--json]</translation>
    </message>
    <message>
        <source>map: %1 % read</source>
        <translation>map: %1 % read</translation>
    </message>
    <message>
        <source>Where the route starts.</source>
        <translation>Where the route starts.</translation>
    </message>
    <message>
        <source>Where the route ends.</source>
        <translation>Where the route ends.</translation>
    </message>
    <message>
        <source>The unit&apos;s type: foot and mediator walk, others drive.</source>
        <translation>The unit&apos;s type: foot and mediator walk, others drive.</translation>
    </message>
    <message>
        <source>The fastest route by the roads of the centre&apos;s map: seconds, metres, the roads followed, and (--json) the path as a GeoJSON LineString.</source>
        <translation>The fastest route by the roads of the centre&apos;s map: seconds, metres, the roads followed, and (--json) the path as a GeoJSON LineString.</translation>
    </message>
    <message>
        <source>usage: dispatchctl route --db PATH --from LAT,LON --to LAT,LON [--unit-type T] [--json]</source>
        <translation>usage: dispatchctl route --db PATH --from LAT,LON --to LAT,LON [--unit-type T] [--json]</translation>
    </message>
    <message>
        <source>%1 s (%2 min), %3 m by road (%4 m of it to and from the nearest road); by %5</source>
        <translation>%1 s (%2 min), %3 m by road (%4 m of it to and from the nearest road); by %5</translation>
    </message>
    <message>
        <source>unnamed roads</source>
        <translation>unnamed roads</translation>
    </message>
    <message>
        <source>by road</source>
        <translation>by road</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>straight line</translation>
    </message>
    <message>
        <source>address list %1 (SHA-256 %2), loaded %3 by %4: %5 addresses</source>
        <translation>address list %1 (SHA-256 %2), loaded %3 by %4: %5 addresses</translation>
    </message>
    <message>
        <source>%1 addresses confirmed by incidents</source>
        <translation>%1 addresses confirmed by incidents</translation>
    </message>
    <message>
        <source>addresses: the list&apos;s columns and encoding (JSON, see README).</source>
        <translation>addresses: the list&apos;s columns and encoding (JSON, see README).</translation>
    </message>
    <message>
        <source>usage: dispatchctl map addresses --db PATH [--admin NAME] [--profile P.json] FILE.csv [--json]</source>
        <translation>usage: dispatchctl map addresses --db PATH [--admin NAME] [--profile P.json] FILE.csv [--json]</translation>
    </message>
    <message>
        <source>At most this many places (default 10).</source>
        <translation>At most this many places (default 10).</translation>
    </message>
    <message>
        <source>An address or a place&apos;s name, as a caller says it.</source>
        <translation>An address or a place&apos;s name, as a caller says it.</translation>
    </message>
    <message>
        <source>The places of the gazetteer for an address or a name, best first, as the intake form offers them: each with its position, zone and response circle.</source>
        <translation>The places of the gazetteer for an address or a name, best first, as the intake form offers them: each with its position, zone and response circle.</translation>
    </message>
    <message>
        <source>usage: dispatchctl geocode --db PATH &quot;TEXT&quot; [--limit 1..100] [--json]</source>
        <translation>usage: dispatchctl geocode --db PATH &quot;TEXT&quot; [--limit 1..100] [--json]</translation>
    </message>
    <message>
        <source>no place of the gazetteer matches</source>
        <translation>no place of the gazetteer matches</translation>
    </message>
    <message>
        <source>zone %1, circle %2</source>
        <translation>zone %1, circle %2</translation>
    </message>
    <message>
        <source>cannot read the sites: %1</source>
        <translation>cannot read the sites: %1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection (%1)</source>
        <translation>not a GeoJSON FeatureCollection (%1)</translation>
    </message>
    <message>
        <source>features[%1]: a Point is needed</source>
        <translation>features[%1]: a Point is needed</translation>
    </message>
    <message>
        <source>features[%1]: the coordinates are not longitude, latitude</source>
        <translation>features[%1]: the coordinates are not longitude, latitude</translation>
    </message>
    <message>
        <source>the file has no site</source>
        <translation>the file has no site</translation>
    </message>
    <message>
        <source>How many sites to choose.</source>
        <translation>How many sites to choose.</translation>
    </message>
    <message>
        <source>Codes of existing sites that stay (comma-separated).</source>
        <translation>Codes of existing sites that stay (comma-separated).</translation>
    </message>
    <message>
        <source>Seconds within which an incident counts as reached (default 300).</source>
        <translation>Seconds within which an incident counts as reached (default 300).</translation>
    </message>
    <message>
        <source>Incidents received from (ISO; default a year before --to).</source>
        <translation>Incidents received from (ISO; default a year before --to).</translation>
    </message>
    <message>
        <source>Incidents received before (ISO; default now).</source>
        <translation>Incidents received before (ISO; default now).</translation>
    </message>
    <message>
        <source>The existing sites from a GeoJSON file of points (default: the store&apos;s staging points).</source>
        <translation>The existing sites from a GeoJSON file of points (default: the store&apos;s staging points).</translation>
    </message>
    <message>
        <source>Choose among the existing sites only.</source>
        <translation>Choose among the existing sites only.</translation>
    </message>
    <message>
        <source>Among the best covers, prefer the one reaching most incidents from a second site.</source>
        <translation>Among the best covers, prefer the one reaching most incidents from a second site.</translation>
    </message>
    <message>
        <source>Road nodes offered as new sites, one per square of this side in metres (default 400).</source>
        <translation>Road nodes offered as new sites, one per square of this side in metres (default 400).</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit in seconds (default 60).</source>
        <translation>The solver&apos;s time limit in seconds (default 60).</translation>
    </message>
    <message>
        <source>Write the chosen sites to this GeoJSON file.</source>
        <translation>Write the chosen sites to this GeoJSON file.</translation>
    </message>
    <message>
        <source>Where to put staging points (科学布点): from the incidents of a period and the map&apos;s roads, the sites that reach the most incidents within the target (maximal covering, solved by GLPK), with the coverage of the existing sites beside it, by zone.</source>
        <translation>Where to put staging points (科学布点): from the incidents of a period and the map&apos;s roads, the sites that reach the most incidents within the target (maximal covering, solved by GLPK), with the coverage of the existing sites beside it, by zone.</translation>
    </message>
    <message>
        <source>usage: dispatchctl siting --db PATH --points N [--keep CODES] [--target SECONDS] [--from ISO --to ISO] [--sites FILE.geojson] [--among-existing] [--backup] [--spacing METRES] [--time-limit SECONDS] [--geojson OUT] [--json]</source>
        <translation>usage: dispatchctl siting --db PATH --points N [--keep CODES] [--target SECONDS] [--from ISO --to ISO] [--sites FILE.geojson] [--among-existing] [--backup] [--spacing METRES] [--time-limit SECONDS] [--geojson OUT] [--json]</translation>
    </message>
    <message>
        <source>%1 incidents with a position (%2 off the map&apos;s roads); target %3 s; %4 candidate sites</source>
        <translation>%1 incidents with a position (%2 off the map&apos;s roads); target %3 s; %4 candidate sites</translation>
    </message>
    <message>
        <source>now, from %1 existing sites on the roads: %2 reached (%3 %), %4 by two</source>
        <translation>now, from %1 existing sites on the roads: %2 reached (%3 %), %4 by two</translation>
    </message>
    <message>
        <source>proposed, %1 sites: %2 reached (%3 %), %4 by two</source>
        <translation>proposed, %1 sites: %2 reached (%3 %), %4 by two</translation>
    </message>
    <message>
        <source>the solver proved this the best cover (%1 s)</source>
        <translation>the solver proved this the best cover (%1 s)</translation>
    </message>
    <message>
        <source>the solver&apos;s time ran out: at most %1 % better is possible (%2 s)</source>
        <translation>the solver&apos;s time ran out: at most %1 % better is possible (%2 s)</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existing</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>reaches %1</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>(outside every zone)</translation>
    </message>
    <message>
        <source>%1 incidents: now %2 %, proposed %3 %</source>
        <translation>%1 incidents: now %2 %, proposed %3 %</translation>
    </message>
    <message>
        <source>The stations units leave from: a GeoJSON file of points, each with its number in its name (&quot;Fire Station #15&quot;).</source>
        <translation>The stations units leave from: a GeoJSON file of points, each with its number in its name (&quot;Fire Station #15&quot;).</translation>
    </message>
    <message>
        <source>The unit types to fit on, as the export names them (comma-separated; default all).</source>
        <translation>The unit types to fit on, as the export names them (comma-separated; default all).</translation>
    </message>
    <message>
        <source>How a unit&apos;s name gives its station&apos;s number: a regular expression capturing it (default ^[A-Za-z]+0*([0-9]+)$, &quot;E32&quot; → 32).</source>
        <translation>How a unit&apos;s name gives its station&apos;s number: a regular expression capturing it (default ^[A-Za-z]+0*([0-9]+)$, &quot;E32&quot; → 32).</translation>
    </message>
    <message>
        <source>Incidents received from (ISO; default all history).</source>
        <translation>Incidents received from (ISO; default all history).</translation>
    </message>
    <message>
        <source>The share of the journeys, the latest, kept out of the fit to measure it (default 0.3).</source>
        <translation>The share of the journeys, the latest, kept out of the fit to measure it (default 0.3).</translation>
    </message>
    <message>
        <source>The fitted profile&apos;s name (default &quot;fitted&quot;).</source>
        <translation>The fitted profile&apos;s name (default &quot;fitted&quot;).</translation>
    </message>
    <message>
        <source>Write the fitted profile to this file (load it with dispatchctl map profile).</source>
        <translation>Write the fitted profile to this file (load it with dispatchctl map profile).</translation>
    </message>
    <message>
        <source>Fits the speeds of the road classes and a start-up time to the journeys units made in imported history (en route to on scene, from their own station to incidents in its area), and measures the fit on the latest journeys held out of it, beside the best straight-line model fitted on the same journeys.</source>
        <translation>Fits the speeds of the road classes and a start-up time to the journeys units made in imported history (en route to on scene, from their own station to incidents in its area), and measures the fit on the latest journeys held out of it, beside the best straight-line model fitted on the same journeys.</translation>
    </message>
    <message>
        <source>usage: dispatchctl calibrate --db PATH --stations FILE.geojson [--unit-type TYPES] [--unit-pattern REGEX] [--from ISO] [--to ISO] [--held-out SHARE] [--name NAME] [--out PROFILE.json] [--json]</source>
        <translation>usage: dispatchctl calibrate --db PATH --stations FILE.geojson [--unit-type TYPES] [--unit-pattern REGEX] [--from ISO] [--to ISO] [--held-out SHARE] [--name NAME] [--out PROFILE.json] [--json]</translation>
    </message>
    <message>
        <source>--held-out: a share from 0.05 to 0.9 is needed</source>
        <translation>--held-out: a share from 0.05 to 0.9 is needed</translation>
    </message>
    <message>
        <source>--unit-pattern: a regular expression with one capturing group is needed (%1)</source>
        <translation>--unit-pattern: a regular expression with one capturing group is needed (%1)</translation>
    </message>
    <message>
        <source>%1: no station with a number in its name</source>
        <translation>%1: no station with a number in its name</translation>
    </message>
    <message>
        <source>%1 (%2 journeys read: %3 without a station of the file, %4 outside their station&apos;s area, %5 under 20 s or over 20 min)</source>
        <translation>%1 (%2 journeys read: %3 without a station of the file, %4 outside their station&apos;s area, %5 under 20 s or over 20 min)</translation>
    </message>
    <message>
        <source>--name: a name is needed</source>
        <translation>--name: a name is needed</translation>
    </message>
    <message>
        <source>%1 journeys read: %2 fitted on, %3 held out (the latest); left out: %4 without a station of the file, %5 outside their station&apos;s area, %6 under 20 s or over 20 min, %7 off the roads</source>
        <translation>%1 journeys read: %2 fitted on, %3 held out (the latest); left out: %4 without a station of the file, %5 outside their station&apos;s area, %6 under 20 s or over 20 min, %7 off the roads</translation>
    </message>
    <message>
        <source>median journey %1 km as the crow flies</source>
        <translation>median journey %1 km as the crow flies</translation>
    </message>
    <message>
        <source>start-up %1 s</source>
        <translation>start-up %1 s</translation>
    </message>
    <message>
        <source>%1: %2 km/h (%3 km driven)</source>
        <translation>%1: %2 km/h (%3 km driven)</translation>
    </message>
    <message>
        <source>%1: %2 km/h kept (%3 km driven, too little to fit)</source>
        <translation>%1: %2 km/h kept (%3 km driven, too little to fit)</translation>
    </message>
    <message>
        <source>best straight line: start-up %1 s, then %2 km/h as the crow flies</source>
        <translation>best straight line: start-up %1 s, then %2 km/h as the crow flies</translation>
    </message>
    <message>
        <source>on the %1 held-out journeys: median error, bias (+ slow, − too quick), within a minute</source>
        <translation>on the %1 held-out journeys: median error, bias (+ slow, − too quick), within a minute</translation>
    </message>
    <message>
        <source>built-in speeds</source>
        <translation>built-in speeds</translation>
    </message>
    <message>
        <source>fitted speeds</source>
        <translation>fitted speeds</translation>
    </message>
    <message>
        <source>profile written to %1 (dispatchctl map profile --db PATH %1 puts it to use)</source>
        <translation>profile written to %1 (dispatchctl map profile --db PATH %1 puts it to use)</translation>
    </message>
    <message>
        <source>vehicles&apos; road speeds: %1 (start-up %2 s)</source>
        <translation>vehicles&apos; road speeds: %1 (start-up %2 s)</translation>
    </message>
    <message>
        <source>profile: back to the built-in road speeds.</source>
        <translation>profile: back to the built-in road speeds.</translation>
    </message>
    <message>
        <source>info (the default), import, addresses or profile.</source>
        <translation>info (the default), import, addresses or profile.</translation>
    </message>
    <message>
        <source>import: an OpenStreetMap file, .osm.pbf or .osm; addresses: a CSV address list; profile: a road profile (JSON, as dispatchctl calibrate writes it).</source>
        <translation>import: an OpenStreetMap file, .osm.pbf or .osm; addresses: a CSV address list; profile: a road profile (JSON, as dispatchctl calibrate writes it).</translation>
    </message>
    <message>
        <source>The centre&apos;s map: what the store holds (info), an OpenStreetMap file loaded in place of it (import), or the centre&apos;s own address list loaded into the gazetteer in place of the list held (addresses), or the vehicles&apos; road speeds (profile); loading is an administrator&apos;s act, all or none.</source>
        <translation>The centre&apos;s map: what the store holds (info), an OpenStreetMap file loaded in place of it (import), or the centre&apos;s own address list loaded into the gazetteer in place of the list held (addresses), or the vehicles&apos; road speeds (profile); loading is an administrator&apos;s act, all or none.</translation>
    </message>
    <message>
        <source>usage: dispatchctl map profile --db PATH [--admin NAME] (PROFILE.json | --builtin) [--json]</source>
        <translation>usage: dispatchctl map profile --db PATH [--admin NAME] (PROFILE.json | --builtin) [--json]</translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1: cannot read the profile: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: not a JSON object (%2)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (info, import, addresses, profile)</source>
        <translation>unknown action &quot;%1&quot; (info, import, addresses, profile)</translation>
    </message>
    <message>
        <source>Seed a demo district if the store is empty.</source>
        <translation>Seed a demo district if the store is empty.</translation>
    </message>
    <message>
        <source>With --demo: futian (the default: real streets of western Futian, Shenzhen, with its map) or simao (modelled on seed 003, no street data).</source>
        <translation>With --demo: futian (the default: real streets of western Futian, Shenzhen, with its map) or simao (modelled on seed 003, no street data).</translation>
    </message>
    <message>
        <source>--district: no demo district &quot;%1&quot; (there are: %2)</source>
        <translation>--district: no demo district "%1" (there are: %2)</translation>
    </message>
    <message>
        <source>and its streets: %1 roads (%2 named), %3 listed addresses, from %4 (© OpenStreetMap contributors, ODbL)</source>
        <translation>and its streets: %1 roads (%2 named), %3 listed addresses, from %4 (© OpenStreetMap contributors, ODbL)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AbandonedCallListModel</name>
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1, %2 (± %3)</source>
        <translation>%1, %2 (± %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rang for</source>
        <translation>Rang for</translation>
    </message>
    <message>
        <source>Network&apos;s place</source>
        <translation>Network&apos;s place</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Network&apos;s place: %1</source>
        <translation>Network&apos;s place: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AbandonedCallTab</name>
    <message>
        <source>Enter reached: an emergency (the call is taken) · R reached: no emergency · N not reached</source>
        <translation>Enter reached: an emergency (the call is taken) · R reached: no emergency · N not reached</translation>
    </message>
    <message>
        <source>Abandoned calls</source>
        <translation>Abandoned calls</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s) to call back</source>
        <translation>
            <numerusform>%n abandoned call to call back</numerusform>
            <numerusform>%n abandoned calls to call back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s) not called back in time</source>
        <translation>
            <numerusform>%n abandoned call not called back in time</numerusform>
            <numerusform>%n abandoned calls not called back in time</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back of %1: not reached</source>
        <translation>Call back of %1: not reached</translation>
    </message>
    <message>
        <source>Reached: no emergency</source>
        <translation>Reached: no emergency</translation>
    </message>
    <message>
        <source>What did the caller of %1 say (a child playing, a pocket call, a call made by mistake …)?</source>
        <translation>What did the caller of %1 say (a child playing, a pocket call, a call made by mistake …)?</translation>
    </message>
    <message>
        <source>Call back of %1: reached, no emergency</source>
        <translation>Call back of %1: reached, no emergency</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AddressFinder</name>
    <message>
        <source>road</source>
        <translation>road</translation>
    </message>
    <message>
        <source>point of interest</source>
        <translation>point of interest</translation>
    </message>
    <message>
        <source>named place</source>
        <translation>named place</translation>
    </message>
    <message numerus="yes">
        <source>address of %n earlier incident(s)</source>
        <translation>
            <numerusform>address of %n earlier incident</numerusform>
            <numerusform>address of %n earlier incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>address (the centre&apos;s list)</source>
        <translation>address (the centre&apos;s list)</translation>
    </message>
    <message>
        <source>address (map)</source>
        <translation>address (map)</translation>
    </message>
    <message>
        <source>%1 · zone %2 · %3</source>
        <translation>%1 · zone %2 · %3</translation>
    </message>
    <message>
        <source>%1 · outside every zone</source>
        <translation>%1 · outside every zone</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not on the map: check the address with the caller, or pick the place on the map</source>
        <translation>⚠ &quot;%1&quot; is not on the map: check the address with the caller, or pick the place on the map</translation>
    </message>
    <message>
        <source>⚠ The location is %1 from &quot;%2&quot; on the map: check which one is right</source>
        <translation>⚠ The location is %1 from &quot;%2&quot; on the map: check which one is right</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AfterActionWindow</name>
    <message>
        <source>After-action report: %1</source>
        <translation>After-action report: %1</translation>
    </message>
    <message>
        <source>Score %1 — %2</source>
        <translation>Score %1 — %2</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export the after-action report as PDF</source>
        <translation>Export the after-action report as PDF</translation>
    </message>
    <message>
        <source>after-action.pdf</source>
        <translation>after-action.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Call → dispatch per event (s) against its target</source>
        <translation>Call → dispatch per event (s) against its target</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <source>late or not sent</source>
        <translation>late or not sent</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Score session after session</source>
        <translation>Score session after session</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>no earlier session</source>
        <translation>no earlier session</translation>
    </message>
    <message>
        <source>Trainee(s): %1 · exercise time %2 – %3</source>
        <translation>Trainee(s): %1 · exercise time %2 – %3</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>EXERCISE — not live work</source>
        <translation>EXERCISE — not live work</translation>
    </message>
    <message>
        <source>Call → dispatch per event</source>
        <translation>Call → dispatch per event</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AgencyDialog</name>
    <message>
        <source>Linked agencies for %1</source>
        <translation>Linked agencies for %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>what they were told, e.g. one injured, head wound</source>
        <translation>what they were told, e.g. one injured, head wound</translation>
    </message>
    <message>
        <source>who at the agency, e.g. 120 dispatcher Wang</source>
        <translation>who at the agency, e.g. 120 dispatcher Wang</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notify</translation>
    </message>
    <message>
        <source>&amp;Acknowledged</source>
        <translation>&amp;Acknowledged</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notify:</translation>
    </message>
    <message>
        <source>Highlighted one acknowledged by:</source>
        <translation>Highlighted one acknowledged by:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>not yet — %1 waiting</source>
        <translation>not yet — %1 waiting</translation>
    </message>
    <message>
        <source>Highlight the agency that acknowledged.</source>
        <translation>Highlight the agency that acknowledged.</translation>
    </message>
    <message>
        <source>Say who at the agency acknowledged.</source>
        <translation>Say who at the agency acknowledged.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::AgencyNotifyBox</name>
    <message>
        <source>Notify %1 as well as sending the police</source>
        <translation>Notify %1 as well as sending the police</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallQuestionsView</name>
    <message>
        <source>Ask the caller</source>
        <translation>Ask the caller</translation>
    </message>
    <message>
        <source>Ask the caller (%1)</source>
        <translation>Ask the caller (%1)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallbackListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>Caller&apos;s phone</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::CallbackTab</name>
    <message>
        <source>S satisfied · B basically satisfied · U unsatisfied · N not reached</source>
        <translation>S satisfied · B basically satisfied · U unsatisfied · N not reached</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s)</source>
        <translation>
            <numerusform>%n callback</numerusform>
            <numerusform>%n callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) overdue</source>
        <translation>
            <numerusform>%n callback overdue</numerusform>
            <numerusform>%n callbacks overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>What did the caller say? It is what will be put right.</source>
        <translation>What did the caller say? It is what will be put right.</translation>
    </message>
    <message>
        <source>Callback recorded: %1</source>
        <translation>Callback recorded: %1</translation>
    </message>
    <message>
        <source>Caller not reached</source>
        <translation>Caller not reached</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DashboardWidget</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Call to dispatch (median)</source>
        <translation>Call to dispatch (median)</translation>
    </message>
    <message>
        <source>Signed for within 30 s</source>
        <translation>Signed for within 30 s</translation>
    </message>
    <message>
        <source>Arrival in time</source>
        <translation>Arrival in time</translation>
    </message>
    <message>
        <source>Dispatch to on scene (median)</source>
        <translation>Dispatch to on scene (median)</translation>
    </message>
    <message>
        <source>Diverted</source>
        <translation>Diverted</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>%1 since %2 · updated %3</source>
        <translation>%1 since %2 · updated %3</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredFollowUpTab</name>
    <message>
        <source>Enter: add a progress note · C: close with what came back</source>
        <translation>Enter: add a progress note · C: close with what came back</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n past the deadline</source>
        <translation>
            <numerusform>%1: %n past the deadline</numerusform>
            <numerusform>%1: %n past the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>What has happened?</source>
        <translation>What has happened?</translation>
    </message>
    <message>
        <source>Progress noted</source>
        <translation>Progress noted</translation>
    </message>
    <message>
        <source>Close: %1 · %2</source>
        <translation>Close: %1 · %2</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <source>What did %1 answer?</source>
        <translation>What did %1 answer?</translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation>%1 closed: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredItemDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Deadline in:</source>
        <translation>&amp;Deadline in:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeclaredListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>no progress noted yet</source>
        <translation>no progress noted yet</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskActions</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Find in queue</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Go to zone panel</source>
        <translation>Go to zone panel</translation>
    </message>
    <message>
        <source>Go to incident queue</source>
        <translation>Go to incident queue</translation>
    </message>
    <message>
        <source>Go to unit roster</source>
        <translation>Go to unit roster</translation>
    </message>
    <message>
        <source>&amp;Fit the district</source>
        <translation>&amp;Fit the district</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Select an incident first</translation>
    </message>
    <message>
        <source>No change by hand from &quot;%1&quot;</source>
        <translation>No change by hand from &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>Status changed to %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>P / S / B / O</source>
        <translation>P / S / B / O</translation>
    </message>
    <message>
        <source>Arrows, + / −, 0</source>
        <translation>Arrows, + / −, 0</translation>
    </message>
    <message>
        <source>Zone panel: pan, zoom, fit the district</source>
        <translation>Zone panel: pan, zoom, fit the district</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispatcher workstation %1&lt;/h3&gt;&lt;p&gt;Call intake, dispatch and the 1/3/5-minute clocks for a 110 command centre.&lt;/p&gt;&lt;p&gt;Store: %2 (schema %3)&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dispatcher workstation %1&lt;/h3&gt;&lt;p&gt;Call intake, dispatch and the 1/3/5-minute clocks for a 110 command centre.&lt;/p&gt;&lt;p&gt;Store: %2 (schema %3)&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Triage rules…</source>
        <translation>&amp;Triage rules…</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;New call</translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation>&amp;Work order</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>&amp;Mute alerts</translation>
    </message>
    <message>
        <source>Alerts muted</source>
        <translation>Alerts muted</translation>
    </message>
    <message>
        <source>Alerts on</source>
        <translation>Alerts on</translation>
    </message>
    <message>
        <source>Select a diverted incident first</source>
        <translation>Select a diverted incident first</translation>
    </message>
    <message>
        <source>Returned as a police matter…</source>
        <translation>Returned as a police matter…</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>Work order returned</source>
        <translation>Work order returned</translation>
    </message>
    <message>
        <source>what the agency said</source>
        <translation>what the agency said</translation>
    </message>
    <message>
        <source>The incident goes back to the queue as a police incident.</source>
        <translation>The incident goes back to the queue as a police incident.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Back in the queue as a police incident</source>
        <translation>Back in the queue as a police incident</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translation>Triage rules</translation>
    </message>
    <message>
        <source>In force: %1
%2 rules</source>
        <translation>In force: %1
%2 rules</translation>
    </message>
    <message>
        <source>the built-in rules</source>
        <translation>the built-in rules</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Use the built-in rules</source>
        <translation>Use the built-in rules</translation>
    </message>
    <message>
        <source>The built-in triage rules are in force</source>
        <translation>The built-in triage rules are in force</translation>
    </message>
    <message>
        <source>Triage rules file</source>
        <translation>Triage rules file</translation>
    </message>
    <message>
        <source>Triage rules (*.json)</source>
        <translation>Triage rules (*.json)</translation>
    </message>
    <message>
        <source>Triage rules refused</source>
        <translation>Triage rules refused</translation>
    </message>
    <message>
        <source>The file was refused; the rules in force stay.

%1</source>
        <translation>The file was refused; the rules in force stay.

%1</translation>
    </message>
    <message>
        <source>Triage rules loaded from %1</source>
        <translation>Triage rules loaded from %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Call intake: save the call (or divert it)</source>
        <translation>Call intake: save the call (or divert it)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Call intake: merge the call into the highlighted earlier incident</source>
        <translation>Call intake: merge the call into the highlighted earlier incident</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Call intake: pick the location on the zone panel</source>
        <translation>Call intake: pick the location on the zone panel</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Call intake: follow the triage proposal again</source>
        <translation>Call intake: follow the triage proposal again</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Call intake: go to the possible duplicates (Space ticks one to link)</source>
        <translation>Call intake: go to the possible duplicates (Space ticks one to link)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Call intake: cancel the call</source>
        <translation>Call intake: cancel the call</translation>
    </message>
    <message>
        <source>D&amp;ispatch</source>
        <translation>D&amp;ispatch</translation>
    </message>
    <message>
        <source>&amp;Dispatch recommended units</source>
        <translation>&amp;Dispatch recommended units</translation>
    </message>
    <message>
        <source>&amp;Feedback from the scene…</source>
        <translation>&amp;Feedback from the scene…</translation>
    </message>
    <message>
        <source>&amp;Go to dispatch panel</source>
        <translation>&amp;Go to dispatch panel</translation>
    </message>
    <message>
        <source>Show 1/3/5-minute &amp;reach</source>
        <translation>Show 1/3/5-minute &amp;reach</translation>
    </message>
    <message>
        <source>A / E / R</source>
        <translation>A / E / R</translation>
    </message>
    <message>
        <source>Unit roster or dispatch panel: signed for / en route / on scene</source>
        <translation>Unit roster or dispatch panel: signed for / en route / on scene</translation>
    </message>
    <message>
        <source>Unit roster: on patrol / at staging point / busy / off duty (clears a committed unit)</source>
        <translation>Unit roster: on patrol / at staging point / busy / off duty (clears a committed unit)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Dispatch panel: clear the highlighted assigned unit</source>
        <translation>Dispatch panel: clear the highlighted assigned unit</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Dispatch panel: send the highlighted candidate</source>
        <translation>Dispatch panel: send the highlighted candidate</translation>
    </message>
    <message>
        <source>Drag and drop</source>
        <translation>Drag and drop</translation>
    </message>
    <message>
        <source>A unit from the roster onto an incident row or the dispatch panel sends it</source>
        <translation>A unit from the roster onto an incident row or the dispatch panel sends it</translation>
    </message>
    <message>
        <source>Import &amp;zones…</source>
        <translation>Import &amp;zones…</translation>
    </message>
    <message>
        <source>Units for the &amp;shift…</source>
        <translation>Units for the &amp;shift…</translation>
    </message>
    <message>
        <source>Zone &amp;colours</source>
        <translation>Zone &amp;colours</translation>
    </message>
    <message>
        <source>Four-colour &amp;warnings (recent days against earlier weeks)</source>
        <translation>Four-colour &amp;warnings (recent days against earlier weeks)</translation>
    </message>
    <message>
        <source>Active &amp;load (incidents open now)</source>
        <translation>Active &amp;load (incidents open now)</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>Put under su&amp;pervision…</source>
        <translation>Put under su&amp;pervision…</translation>
    </message>
    <message>
        <source>%1 is under supervision</source>
        <translation>%1 is under supervision</translation>
    </message>
    <message>
        <source>&amp;Correct the place…</source>
        <translation>&amp;Correct the place…</translation>
    </message>
    <message>
        <source>Place corrected</source>
        <translation>Place corrected</translation>
    </message>
    <message>
        <source>&amp;Linked agencies…</source>
        <translation>&amp;Linked agencies…</translation>
    </message>
    <message>
        <source>Alert &amp;volume</source>
        <translation>Alert &amp;volume</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskLock</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>This desk is locked</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is signed in here; locked at %3 after %n minute(s) untouched. Nothing open was closed; the password opens the desk again.</source>
        <translation>
            <numerusform>%1 (%2) is signed in here; locked at %3 after %n minute untouched. Nothing open was closed; the password opens the desk again.</numerusform>
            <numerusform>%1 (%2) is signed in here; locked at %3 after %n minutes untouched. Nothing open was closed; the password opens the desk again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DeskStatusBar</name>
    <message>
        <source> DEMO DATA </source>
        <translation> DEMO DATA </translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>Shift: %1 %2–%3</source>
        <translation>Shift: %1 %2–%3</translation>
    </message>
    <message>
        <source>%1 · leader %2</source>
        <translation>%1 · leader %2</translation>
    </message>
    <message>
        <source> EXERCISE </source>
        <translation> EXERCISE </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DispatchPanel</name>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Since dispatch</source>
        <translation>Since dispatch</translation>
    </message>
    <message>
        <source>Sign-for (30 s)</source>
        <translation>Sign-for (30 s)</translation>
    </message>
    <message>
        <source>ETA given</source>
        <translation>ETA given</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Dispatch recommended (F3)</source>
        <translation>Dispatch recommended (F3)</translation>
    </message>
    <message>
        <source>Feedback… (F6)</source>
        <translation>Feedback… (F6)</translation>
    </message>
    <message>
        <source>Enter sends the highlighted unit · on an assigned unit: A signed for, E en route, R on scene, C clear · drag units here from the roster</source>
        <translation>Enter sends the highlighted unit · on an assigned unit: A signed for, E en route, R on scene, C clear · drag units here from the roster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dispatch&lt;/b&gt; — select an incident in the queue or on the map.</source>
        <translation>&lt;b&gt;Dispatch&lt;/b&gt; — select an incident in the queue or on the map.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · arrival target &lt;b&gt;%3&lt;/b&gt; (%4) · %5 of %6 unit(s) assigned</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · arrival target &lt;b&gt;%3&lt;/b&gt; (%4) · %5 of %6 unit(s) assigned</translation>
    </message>
    <message>
        <source>signed, %1 late</source>
        <translation>signed, %1 late</translation>
    </message>
    <message>
        <source>signed in %1</source>
        <translation>signed in %1</translation>
    </message>
    <message>
        <source>LATE %1</source>
        <translation>LATE %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
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
        <translation>✓ %1 spare</translation>
    </message>
    <message>
        <source>✗ %1 over</source>
        <translation>✗ %1 over</translation>
    </message>
    <message>
        <source>committed to %1</source>
        <translation>committed to %1</translation>
    </message>
    <message>
        <source>at its staging point</source>
        <translation>at its staging point</translation>
    </message>
    <message>
        <source>Not recommended (%1)</source>
        <translation>Not recommended (%1)</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Select an incident first</translation>
    </message>
    <message>
        <source>Not dispatched: %1</source>
        <translation>Not dispatched: %1</translation>
    </message>
    <message>
        <source>Dispatched %1 to %2</source>
        <translation>Dispatched %1 to %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reassign units</source>
        <translation>Reassign units</translation>
    </message>
    <message>
        <source>These units are not free: %1.
Take them for %2?</source>
        <translation>These units are not free: %1.
Take them for %2?</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Feedback is given once a unit is on scene</source>
        <translation>Feedback is given once a unit is on scene</translation>
    </message>
    <message>
        <source>Feedback recorded for %1</source>
        <translation>Feedback recorded for %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2: units are no longer sent to it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is %2: units are no longer sent to it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no location: units cannot be ranked. Correct its place (Incident ▸ Correct the place…, Ctrl+Shift+P) or send units by hand (drag them here).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; has no location: units cannot be ranked. Correct its place (Incident ▸ Correct the place…, Ctrl+Shift+P) or send units by hand (drag them here).</translation>
    </message>
    <message>
        <source>⚠ last fix %1 ago</source>
        <translation>⚠ last fix %1 ago</translation>
    </message>
    <message>
        <source>⚠ no fix: from its station</source>
        <translation>⚠ no fix: from its station</translation>
    </message>
    <message>
        <source>By the map&apos;s roads</source>
        <translation>By the map&apos;s roads</translation>
    </message>
    <message>
        <source>⚠ straight line: not near the map&apos;s roads</source>
        <translation>⚠ straight line: not near the map&apos;s roads</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::DuplicateListView</name>
    <message>
        <source>Incident (tick to link)</source>
        <translation>Incident (tick to link)</translation>
    </message>
    <message>
        <source>Why offered</source>
        <translation>Why offered</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Ctrl+M merges the call into the highlighted incident; Space ticks it for linking</source>
        <translation>Ctrl+M merges the call into the highlighted incident; Space ticks it for linking</translation>
    </message>
    <message>
        <source>Possible duplicates: none</source>
        <translation>Possible duplicates: none</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates: %n</source>
        <translation>
            <numerusform>Possible duplicates: %n</numerusform>
            <numerusform>Possible duplicates: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated at this place: %n incident(s) within %1 days, this call included</source>
        <translation>
            <numerusform>Repeated at this place: %n incident within %1 days, this call included</numerusform>
            <numerusform>Repeated at this place: %n incidents within %1 days, this call included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::EventText</name>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Work order to %1: %2</source>
        <translation>Work order to %1: %2</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>, %1 late</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>taken for another incident</source>
        <translation>taken for another incident</translation>
    </message>
    <message>
        <source>the incident ended</source>
        <translation>the incident ended</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>%1, no point</source>
        <translation>%1, no point</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>Mediation: %1</source>
        <translation>Mediation: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Call recorded: %1, %2, %3</source>
        <translation>Call recorded: %1, %2, %3</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source> — the work order was completed by %1</source>
        <translation> — the work order was completed by %1</translation>
    </message>
    <message>
        <source> — returned by %1 as %2, %3</source>
        <translation> — returned by %1 as %2, %3</translation>
    </message>
    <message>
        <source>Triage overridden: proposed %1 %2, chosen %3 %4</source>
        <translation>Triage overridden: proposed %1 %2, chosen %3 %4</translation>
    </message>
    <message>
        <source>Further caller %1 %2: %3</source>
        <translation>Further caller %1 %2: %3</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Linked to %1</translation>
    </message>
    <message>
        <source>repeated calls about the same event</source>
        <translation>repeated calls about the same event</translation>
    </message>
    <message>
        <source>again after handling</source>
        <translation>again after handling</translation>
    </message>
    <message>
        <source>repeated at this place</source>
        <translation>repeated at this place</translation>
    </message>
    <message>
        <source>Repeat mark: %1 (%2)</source>
        <translation>Repeat mark: %1 (%2)</translation>
    </message>
    <message>
        <source>Place corrected: %1 → %2</source>
        <translation>Place corrected: %1 → %2</translation>
    </message>
    <message>
        <source>%1 dispatched</source>
        <translation>%1 dispatched</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, ETA %1</translation>
    </message>
    <message>
        <source> (taken from another incident)</source>
        <translation> (taken from another incident)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (signed for %1 late)</source>
        <translation> (signed for %1 late)</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> after %1</translation>
    </message>
    <message>
        <source>%1 released: %2</source>
        <translation>%1 released: %2</translation>
    </message>
    <message>
        <source>Feedback: %1 — %2</source>
        <translation>Feedback: %1 — %2</translation>
    </message>
    <message>
        <source>Feedback from %3: %1 — %2</source>
        <translation>Feedback from %3: %1 — %2</translation>
    </message>
    <message>
        <source>Feedback accepted</source>
        <translation>Feedback accepted</translation>
    </message>
    <message>
        <source>Feedback returned to the unit</source>
        <translation>Feedback returned to the unit</translation>
    </message>
    <message>
        <source>Clock breached: %1</source>
        <translation>Clock breached: %1</translation>
    </message>
    <message>
        <source>%1 did not sign for within %2</source>
        <translation>%1 did not sign for within %2</translation>
    </message>
    <message>
        <source>%1 notified</source>
        <translation>%1 notified</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 acknowledged</translation>
    </message>
    <message>
        <source>%1 acknowledged (%2)</source>
        <translation>%1 acknowledged (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Call-taker&apos;s questions answered: %n</source>
        <translation>
            <numerusform>Call-taker&apos;s question answered: %n</numerusform>
            <numerusform>Call-taker&apos;s questions answered: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>%1 signed for the transfer (%2)</source>
        <translation>%1 signed for the transfer (%2)</translation>
    </message>
    <message>
        <source>%1 has not signed for the transfer in time</source>
        <translation>%1 has not signed for the transfer in time</translation>
    </message>
    <message>
        <source>Callback to the caller due</source>
        <translation>Callback to the caller due</translation>
    </message>
    <message>
        <source>Caller called back: %1</source>
        <translation>Caller called back: %1</translation>
    </message>
    <message>
        <source>Callback: caller not reached</source>
        <translation>Callback: caller not reached</translation>
    </message>
    <message>
        <source>Callback: caller unreachable, given up</source>
        <translation>Callback: caller unreachable, given up</translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation>Callback overdue</translation>
    </message>
    <message>
        <source>Rectification opened: %1</source>
        <translation>Rectification opened: %1</translation>
    </message>
    <message>
        <source>Rectification done: %1</source>
        <translation>Rectification done: %1</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>Rectification overdue</translation>
    </message>
    <message>
        <source>Handed to mediator %1</source>
        <translation>Handed to mediator %1</translation>
    </message>
    <message>
        <source>Mediation outcome overdue</source>
        <translation>Mediation outcome overdue</translation>
    </message>
    <message>
        <source>Under supervision: %1, owner %2, %3</source>
        <translation>Under supervision: %1, owner %2, %3</translation>
    </message>
    <message>
        <source>Supervision progress: %1</source>
        <translation>Supervision progress: %1</translation>
    </message>
    <message>
        <source>Supervision closed: %1</source>
        <translation>Supervision closed: %1</translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation>Supervision overdue</translation>
    </message>
    <message>
        <source>Flagged for the handover: %1</source>
        <translation>Flagged for the handover: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 signed in</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 signed out</translation>
    </message>
    <message>
        <source>Failed sign-in as %1</source>
        <translation>Failed sign-in as %1</translation>
    </message>
    <message>
        <source>Opened a %1 for %2: %3</source>
        <translation>Opened a %1 for %2: %3</translation>
    </message>
    <message>
        <source>Progress on the %1: %2</source>
        <translation>Progress on the %1: %2</translation>
    </message>
    <message>
        <source>The %1 closed: %2 — %3</source>
        <translation>The %1 closed: %2 — %3</translation>
    </message>
    <message>
        <source>The %1 for %2 is overdue</source>
        <translation>The %1 for %2 is overdue</translation>
    </message>
    <message>
        <source>Handed in by %1 (EIDO %2)</source>
        <translation>Handed in by %1 (EIDO %2)</translation>
    </message>
    <message>
        <source>; the call began there at %1</source>
        <translation>; the call began there at %1</translation>
    </message>
    <message>
        <source>Call from %1 on %2 abandoned before an answer: call back owed</source>
        <translation>Call from %1 on %2 abandoned before an answer: call back owed</translation>
    </message>
    <message>
        <source>Call back of %1: not reached (try %2 of %3)</source>
        <translation>Call back of %1: not reached (try %2 of %3)</translation>
    </message>
    <message>
        <source>Call back of %1: %2</source>
        <translation>Call back of %1: %2</translation>
    </message>
    <message>
        <source>Call back of %1 overdue</source>
        <translation>Call back of %1 overdue</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackDialog</name>
    <message>
        <source>Feedback for %1</source>
        <translation>Feedback for %1</translation>
    </message>
    <message>
        <source>%1 (on scene)</source>
        <translation>%1 (on scene)</translation>
    </message>
    <message>
        <source>The desk, for the incident as a whole</source>
        <translation>The desk, for the incident as a whole</translation>
    </message>
    <message>
        <source>What the unit found and did</source>
        <translation>What the unit found and did</translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation>&amp;Reported by</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Disposition</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackListModel</name>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>returned, due again</source>
        <translation>returned, due again</translation>
    </message>
    <message>
        <source>feedback due</source>
        <translation>feedback due</translation>
    </message>
    <message>
        <source>given %1 ago</source>
        <translation>given %1 ago</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FeedbackTab</name>
    <message>
        <source>A: accept the feedback (closes the incident) · R: return it to the unit</source>
        <translation>A: accept the feedback (closes the incident) · R: return it to the unit</translation>
    </message>
    <message>
        <source>Feedback (%1 to review, %2 due)</source>
        <translation>Feedback (%1 to review, %2 due)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback(s) to review</source>
        <translation>
            <numerusform>%n feedback to review</numerusform>
            <numerusform>%n feedbacks to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Return the feedback</source>
        <translation>Return the feedback</translation>
    </message>
    <message>
        <source>Why does it go back to the unit?</source>
        <translation>Why does it go back to the unit?</translation>
    </message>
    <message>
        <source>Feedback accepted; the incident is closed</source>
        <translation>Feedback accepted; the incident is closed</translation>
    </message>
    <message>
        <source>Feedback returned to the unit</source>
        <translation>Feedback returned to the unit</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpMenu</name>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>&amp;Everything owed (large view)</source>
        <translation>&amp;Everything owed (large view)</translation>
    </message>
    <message>
        <source>Register an &amp;instruction…</source>
        <translation>Register an &amp;instruction…</translation>
    </message>
    <message>
        <source>Hand the dispute to a &amp;mediator…</source>
        <translation>Hand the dispute to a &amp;mediator…</translation>
    </message>
    <message>
        <source>Repeat ledger: weekly &amp;bulletin…</source>
        <translation>Repeat ledger: weekly &amp;bulletin…</translation>
    </message>
    <message>
        <source>Select the dispute in the queue first</source>
        <translation>Select the dispute in the queue first</translation>
    </message>
    <message>
        <source>Handed to a mediator; the outcome is owed in the Mediation list</source>
        <translation>Handed to a mediator; the outcome is owed in the Mediation list</translation>
    </message>
    <message>
        <source>Select the incident in the queue first</source>
        <translation>Select the incident in the queue first</translation>
    </message>
    <message>
        <source>%1 opened; it is owed in the %2 list</source>
        <translation>%1 opened; it is owed in the %2 list</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpTab</name>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1 (%2, %3 overdue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 overdue)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::FollowUpWidget</name>
    <message>
        <source>Owed: %1</source>
        <translation>Owed: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ForwardDialog</name>
    <message>
        <source>Forward: %1</source>
        <translation>Forward: %1</translation>
    </message>
    <message>
        <source>Type to filter stations, units and agencies</source>
        <translation>Type to filter stations, units and agencies</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>police station</source>
        <translation>police station</translation>
    </message>
    <message>
        <source>linked agency</source>
        <translation>linked agency</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Tick at least one station, unit or agency (Space ticks the highlighted one).</source>
        <translation>Tick at least one station, unit or agency (Space ticks the highlighted one).</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverArchive</name>
    <message>
        <source>Handover archive</source>
        <translation>Handover archive</translation>
    </message>
    <message>
        <source>Search: incident number, name, any word of the report or notes</source>
        <translation>Search: incident number, name, any word of the report or notes</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>&amp;Compare the two selected</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Select two handovers (Ctrl+click) to compare them.</source>
        <translation>Select two handovers (Ctrl+click) to compare them.</translation>
    </message>
    <message>
        <source>Export the handover as PDF</source>
        <translation>Export the handover as PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>handover.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n handover</numerusform>
            <numerusform>%n handovers</numerusform>
        </translation>
    </message>
    <message>
        <source>open a handover first</source>
        <translation>open a handover first</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverCompareDialog</name>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>Compare: %1 and %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>Owed by</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dealt with in between</source>
        <translation>Dealt with in between</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>New in the later handover</source>
        <translation>New in the later handover</translation>
    </message>
    <message>
        <source>%1 dealt with in between · %2 still open · %3 new</source>
        <translation>%1 dealt with in between · %2 still open · %3 new</translation>
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
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>Outgoing %1 signed %2</source>
        <translation>Outgoing %1 signed %2</translation>
    </message>
    <message>
        <source> · incoming %1 accepted %2</source>
        <translation> · incoming %1 accepted %2</translation>
    </message>
    <message>
        <source> · rejected by the incoming leader</source>
        <translation> · rejected by the incoming leader</translation>
    </message>
    <message>
        <source> · not yet accepted</source>
        <translation> · not yet accepted</translation>
    </message>
    <message>
        <source>Shift handover: %1</source>
        <translation>Shift handover: %1</translation>
    </message>
    <message>
        <source>Open items read at %1 · %2 carried over, %3 overdue</source>
        <translation>Open items read at %1 · %2 carried over, %3 overdue</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Frozen at acceptance, SHA-256 %1</source>
        <translation>Frozen at acceptance, SHA-256 %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>DEMO DATA — not a real district</translation>
    </message>
    <message>
        <source>Event log at this signature: %1 (keep it: dispatchctl check --anchors proves the log still holds it)</source>
        <translation>Event log at this signature: %1 (keep it: dispatchctl check --anchors proves the log still holds it)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HandoverWindow</name>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>&amp;Sign as outgoing leader</source>
        <translation>&amp;Sign as outgoing leader</translation>
    </message>
    <message>
        <source>&amp;Accept as incoming leader</source>
        <translation>&amp;Accept as incoming leader</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>S&amp;hift:</translation>
    </message>
    <message>
        <source>Notes for this section (outgoing leader)</source>
        <translation>Notes for this section (outgoing leader)</translation>
    </message>
    <message>
        <source>Export the handover as PDF</source>
        <translation>Export the handover as PDF</translation>
    </message>
    <message>
        <source>handover.pdf</source>
        <translation>handover.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This shift: %1</source>
        <translation>This shift: %1</translation>
    </message>
    <message>
        <source>Previous shift: %1</source>
        <translation>Previous shift: %1</translation>
    </message>
    <message>
        <source>not prepared (live report)</source>
        <translation>not prepared (live report)</translation>
    </message>
    <message>
        <source>Re&amp;build the report</source>
        <translation>Re&amp;build the report</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation>Rejected by %1 at %2: %3</translation>
    </message>
    <message>
        <source>The report is built as of now; write the notes, then sign.</source>
        <translation>The report is built as of now; write the notes, then sign.</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Notes saved</translation>
    </message>
    <message>
        <source>Signed. The incoming leader reviews it now.</source>
        <translation>Signed. The incoming leader reviews it now.</translation>
    </message>
    <message>
        <source>Accepted. The handover is frozen and kept in the archive.</source>
        <translation>Accepted. The handover is frozen and kept in the archive.</translation>
    </message>
    <message>
        <source>Reject the handover</source>
        <translation>Reject the handover</translation>
    </message>
    <message>
        <source>What is missing or wrong?</source>
        <translation>What is missing or wrong?</translation>
    </message>
    <message>
        <source>Rejected: it goes back to the outgoing leader with your comments.</source>
        <translation>Rejected: it goes back to the outgoing leader with your comments.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation>the printer could not start</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password, as your signature:</source>
        <translation>Your password, as your signature:</translation>
    </message>
    <message>
        <source>Sign the handover</source>
        <translation>Sign the handover</translation>
    </message>
    <message>
        <source>Accept the handover</source>
        <translation>Accept the handover</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::HistoryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import CAD history</source>
        <translation>Import CAD history</translation>
    </message>
    <message>
        <source>A CSV export of the CAD system</source>
        <translation>A CSV export of the CAD system</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>San Francisco Fire Department &quot;Calls for Service&quot; (built in)</source>
        <translation>San Francisco Fire Department &quot;Calls for Service&quot; (built in)</translation>
    </message>
    <message>
        <source>&amp;Profile file…</source>
        <translation>&amp;Profile file…</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>&amp;Export file:</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>Mapping &amp;profile:</translation>
    </message>
    <message>
        <source>Importing history changes the centre&apos;s records: an administrator or a shift leader runs it (signed in: %1).</source>
        <translation>Importing history changes the centre&apos;s records: an administrator or a shift leader runs it (signed in: %1).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>CAD export</source>
        <translation>CAD export</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Mapping profile</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: not a readable file</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>The profile is refused: %1</source>
        <translation>The profile is refused: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>the import did not run</source>
        <translation>the import did not run</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Not imported, nothing was written: %1</source>
        <translation>Not imported, nothing was written: %1</translation>
    </message>
    <message>
        <source>Stopped at a bad row, as the profile asks: nothing was written.</source>
        <translation>Stopped at a bad row, as the profile asks: nothing was written.</translation>
    </message>
    <message>
        <source>%1 incidents and %2 unit assignments imported from %3 rows; %4 rows refused; %5 incidents were already in the store.</source>
        <translation>%1 incidents and %2 unit assignments imported from %3 rows; %4 rows refused; %5 incidents were already in the store.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more listed by dispatchctl import</source>
        <translation>
            <numerusform>… and %n more listed by dispatchctl import</numerusform>
            <numerusform>… and %n more listed by dispatchctl import</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows become closed incidents of origin &quot;imported&quot;, marked with their source, never in the live queue. One transaction: a cancelled or stopped import writes nothing; importing the same file again adds nothing. While the rows are written, saves from the desks wait (about a second per 50,000 rows): import large exports outside busy hours.</source>
        <translation>The rows become closed incidents of origin &quot;imported&quot;, marked with their source, never in the live queue. One transaction: a cancelled or stopped import writes nothing; importing the same file again adds nothing. While the rows are written, saves from the desks wait (about a second per 50,000 rows): import large exports outside busy hours.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IncidentDetailPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>offered to a mediator</source>
        <translation>offered to a mediator</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Further caller</source>
        <translation>Further caller</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translation>Triage rules</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Received %1 (%2 ago)</source>
        <translation>Received %1 (%2 ago)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:10pt&apos;&gt;%1: %2 calls · %3 diverted to agencies (%4%) · %5 work orders open · %6 returned&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:10pt&apos;&gt;%1: %2 calls · %3 diverted to agencies (%4%) · %5 work orders open · %6 returned&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%2 active incidents · %3 waiting for a unit · %4 priority 1&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%5 units on duty · %6 available · %7 committed&lt;/p&gt;&lt;p style=&apos;color:#607d8b&apos;&gt;Select an incident in the queue or on the map to see it here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%2 active incidents · %3 waiting for a unit · %4 priority 1&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;%5 units on duty · %6 available · %7 committed&lt;/p&gt;&lt;p style=&apos;color:#607d8b&apos;&gt;Select an incident in the queue or on the map to see it here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2, acknowledged %3 (%4)</source>
        <translation>%1 %2, acknowledged %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2, not yet acknowledged</source>
        <translation>%1 %2, not yet acknowledged</translation>
    </message>
    <message>
        <source>Agencies notified</source>
        <translation>Agencies notified</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;History (%1)</translation>
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
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 · work order %2</source>
        <translation>%1 · work order %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>%1 late %2</source>
        <translation>%1 late %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>%1: %2 late</source>
        <translation>%1: %2 late</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IncidentQueueWidget</name>
    <message>
        <source>Search number, phone, address… (Ctrl+F)</source>
        <translation>Search number, phone, address… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All active</source>
        <translation>All active</translation>
    </message>
    <message>
        <source>Waiting for a unit</source>
        <translation>Waiting for a unit</translation>
    </message>
    <message>
        <source>Units out</source>
        <translation>Units out</translation>
    </message>
    <message>
        <source>Awaiting closure</source>
        <translation>Awaiting closure</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>P1 only</source>
        <translation>P1 only</translation>
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
        <translation>Showing one zone only; click to show every zone</translation>
    </message>
    <message>
        <source>Zone: %1 ✕</source>
        <translation>Zone: %1 ✕</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Work orders (diverted)</source>
        <translation>Work orders (diverted)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>New incident %1 · %2 · %3 · %4</source>
        <translation>New incident %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> (allowed %1)</source>
        <translation> (allowed %1)</translation>
    </message>
    <message>
        <source>Sign-for missed: %1 · %2 has not signed for, %3 late%4</source>
        <translation>Sign-for missed: %1 · %2 has not signed for, %3 late%4</translation>
    </message>
    <message>
        <source>Clock breached: %1 · %2, %3 late%4</source>
        <translation>Clock breached: %1 · %2, %3 late%4</translation>
    </message>
    <message>
        <source>%1  (+%2 more)</source>
        <translation>%1  (+%2 more)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InjectDialog</name>
    <message>
        <source>Inject an event</source>
        <translation>Inject an event</translation>
    </message>
    <message>
        <source>A new call</source>
        <translation>A new call</translation>
    </message>
    <message>
        <source>An escalation of a call</source>
        <translation>An escalation of a call</translation>
    </message>
    <message>
        <source>A unit event</source>
        <translation>A unit event</translation>
    </message>
    <message>
        <source>An instruction from higher command</source>
        <translation>An instruction from higher command</translation>
    </message>
    <message>
        <source>What the caller says</source>
        <translation>What the caller says</translation>
    </message>
    <message>
        <source>Escalates:</source>
        <translation>Escalates:</translation>
    </message>
    <message>
        <source>Caller says:</source>
        <translation>Caller says:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Should become:</source>
        <translation>Should become:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>breaks down</source>
        <translation>breaks down</translation>
    </message>
    <message>
        <source>AVL lost</source>
        <translation>AVL lost</translation>
    </message>
    <message>
        <source>reaches its next scene late</source>
        <translation>reaches its next scene late</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>For / by:</source>
        <translation>For / by:</translation>
    </message>
    <message>
        <source>City bureau command centre</source>
        <translation>City bureau command centre</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>&amp;Inject now</source>
        <translation>&amp;Inject now</translation>
    </message>
    <message>
        <source>Say who issues the instruction and what it says.</source>
        <translation>Say who issues the instruction and what it says.</translation>
    </message>
    <message>
        <source>Say what the caller says.</source>
        <translation>Say what the caller says.</translation>
    </message>
    <message>
        <source>No call has been made yet to escalate.</source>
        <translation>No call has been made yet to escalate.</translation>
    </message>
    <message>
        <source>Divert to:</source>
        <translation>Divert to:</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionDialog</name>
    <message>
        <source>Register an instruction from higher command</source>
        <translation>Register an instruction from higher command</translation>
    </message>
    <message>
        <source>City bureau command centre</source>
        <translation>City bureau command centre</translation>
    </message>
    <message>
        <source>Provincial department command centre</source>
        <translation>Provincial department command centre</translation>
    </message>
    <message>
        <source>District political and legal committee</source>
        <translation>District political and legal committee</translation>
    </message>
    <message>
        <source>12345 government hotline</source>
        <translation>12345 government hotline</translation>
    </message>
    <message>
        <source>The instruction as received</source>
        <translation>The instruction as received</translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation>(no incident)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>Urgent: forwarded at once when signed for. General: forwarded after a first analysis, or answered directly. Repeated, no risk: answered directly.</source>
        <translation>Urgent: forwarded at once when signed for. General: forwarded after a first analysis, or answered directly. Repeated, no risk: answered directly.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionListModel</name>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>sign for</source>
        <translation>sign for</translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation>%1 overdue by %2</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InstructionTab</name>
    <message>
        <source>Insert: register · Enter: sign for / answer · F: forward · D: answer directly · U: supervise</source>
        <translation>Insert: register · Enter: sign for / answer · F: forward · D: answer directly · U: supervise</translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s) past a deadline</source>
        <translation>
            <numerusform>%n instruction past a deadline</numerusform>
            <numerusform>%n instructions past a deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s), %1 to sign for</source>
        <translation>
            <numerusform>%n instruction, %1 to sign for</numerusform>
            <numerusform>%n instructions, %1 to sign for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s)</source>
        <translation>
            <numerusform>%n instruction</numerusform>
            <numerusform>%n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction registered</source>
        <translation>Instruction registered</translation>
    </message>
    <message>
        <source>Instruction signed for</source>
        <translation>Instruction signed for</translation>
    </message>
    <message>
        <source>Instruction signed for and forwarded to %1</source>
        <translation>Instruction signed for and forwarded to %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Instruction forwarded to %1</source>
        <translation>Instruction forwarded to %1</translation>
    </message>
    <message>
        <source>Answer to higher command</source>
        <translation>Answer to higher command</translation>
    </message>
    <message>
        <source>Answer directly</source>
        <translation>Answer directly</translation>
    </message>
    <message>
        <source>What goes back to %1?</source>
        <translation>What goes back to %1?</translation>
    </message>
    <message>
        <source>Instruction answered</source>
        <translation>Instruction answered</translation>
    </message>
    <message>
        <source>the instruction</source>
        <translation>the instruction</translation>
    </message>
    <message>
        <source>The instruction is under supervision</source>
        <translation>The instruction is under supervision</translation>
    </message>
    <message>
        <source>Signed for: F forwards it, D answers it directly</source>
        <translation>Signed for: F forwards it, D answers it directly</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::IntakePanel</name>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Offer to a mediator</source>
        <translation>Offer to a mediator</translation>
    </message>
    <message>
        <source>Merge into highlighted (Ctrl+M)</source>
        <translation>Merge into highlighted (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>Discard this call?</translation>
    </message>
    <message>
        <source>What was typed for this call will be lost. Discard it?</source>
        <translation>What was typed for this call will be lost. Discard it?</translation>
    </message>
    <message>
        <source>caller&apos;s number</source>
        <translation>caller&apos;s number</translation>
    </message>
    <message>
        <source>name, if given</source>
        <translation>name, if given</translation>
    </message>
    <message>
        <source>street, number, landmark</source>
        <translation>street, number, landmark</translation>
    </message>
    <message>
        <source>lat, lon — or Pick on map (Ctrl+P)</source>
        <translation>lat, lon — or Pick on map (Ctrl+P)</translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>What happened, in the caller&apos;s words</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocation</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Ca&amp;tegory / priority</source>
        <translation>Ca&amp;tegory / priority</translation>
    </message>
    <message>
        <source>&amp;Divert to</source>
        <translation>&amp;Divert to</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— category —</translation>
    </message>
    <message>
        <source>— priority —</source>
        <translation>— priority —</translation>
    </message>
    <message>
        <source>not diverted (police)</source>
        <translation>not diverted (police)</translation>
    </message>
    <message>
        <source>zone: unknown until the location is given</source>
        <translation>zone: unknown until the location is given</translation>
    </message>
    <message>
        <source>no call open — F2 takes a new call</source>
        <translation>no call open — F2 takes a new call</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>Location: write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>Location: write latitude, longitude (for example 22.78, 100.97)</translation>
    </message>
    <message>
        <source>zone: %1 · %2</source>
        <translation>zone: %1 · %2</translation>
    </message>
    <message>
        <source>Save incident (Ctrl+Enter)</source>
        <translation>Save incident (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Divert to %1 (Ctrl+Enter)</source>
        <translation>Divert to %1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a category and a priority (or describe the call for a proposal).</source>
        <translation>Choose a category and a priority (or describe the call for a proposal).</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Outside every zone</translation>
    </message>
    <message>
        <source>The location is outside every zone of the centre: no response circle applies and no station&apos;s area holds it. Save it there anyway?</source>
        <translation>The location is outside every zone of the centre: no response circle applies and no station&apos;s area holds it. Save it there anyway?</translation>
    </message>
    <message>
        <source>Notify as &amp;well</source>
        <translation>Notify as &amp;well</translation>
    </message>
    <message>
        <source>⚠ outside every zone of the centre: no response circle — check the place</source>
        <translation>⚠ outside every zone of the centre: no response circle — check the place</translation>
    </message>
    <message>
        <source>The location is outside every zone: correct it, or clear it if the place is not known.</source>
        <translation>The location is outside every zone: correct it, or clear it if the place is not known.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::InterchangeActions</name>
    <message>
        <source>&amp;Hand over as EIDO…</source>
        <translation>&amp;Hand over as EIDO…</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Select an incident first</translation>
    </message>
    <message>
        <source>Hand over %1 as EIDO</source>
        <translation>Hand over %1 as EIDO</translation>
    </message>
    <message>
        <source>EIDO (*.json)</source>
        <translation>EIDO (*.json)</translation>
    </message>
    <message>
        <source>Hand over as EIDO</source>
        <translation>Hand over as EIDO</translation>
    </message>
    <message>
        <source>%1 written to %2 for the other centre</source>
        <translation>%1 written to %2 for the other centre</translation>
    </message>
    <message>
        <source>&amp;Take in handed-over incidents…</source>
        <translation>&amp;Take in handed-over incidents…</translation>
    </message>
    <message>
        <source>Take in handed-over incidents (EIDO)</source>
        <translation>Take in handed-over incidents (EIDO)</translation>
    </message>
    <message>
        <source>Take in handed-over incidents</source>
        <translation>Take in handed-over incidents</translation>
    </message>
    <message>
        <source>Nothing was taken in.

%1</source>
        <translation>Nothing was taken in.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) taken in on the line %1.</source>
        <translation>
            <numerusform>%n incident taken in on the line %1.</numerusform>
            <numerusform>%n incidents taken in on the line %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no open incident %1</source>
        <translation>no open incident %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::Labels</name>
    <message>
        <source>untriaged</source>
        <translation>untriaged</translation>
    </message>
    <message>
        <source>outside every zone</source>
        <translation>outside every zone</translation>
    </message>
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
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>position stale</source>
        <translation>position stale</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerBulletinDialog</name>
    <message>
        <source>Repeat-incident ledger: weekly bulletin</source>
        <translation>Repeat-incident ledger: weekly bulletin</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>Export the bulletin as PDF</translation>
    </message>
    <message>
        <source>ledger-bulletin.pdf</source>
        <translation>ledger-bulletin.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bulletin as CSV</source>
        <translation>Export the bulletin as CSV</translation>
    </message>
    <message>
        <source>ledger-bulletin.csv</source>
        <translation>ledger-bulletin.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Repeat-incident ledger, week %1 – %2</source>
        <translation>Repeat-incident ledger, week %1 – %2</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>%1 · %2 new · %3 open (%4 overdue) · %5 closed</source>
        <translation>%1 · %2 new · %3 open (%4 overdue) · %5 closed</translation>
    </message>
    <message>
        <source>The week is still running: figures as of now.</source>
        <translation>The week is still running: figures as of now.</translation>
    </message>
    <message>
        <source>Daily push, weekly bulletin, monthly sign-off: every entry is worked until it is closed.</source>
        <translation>Daily push, weekly bulletin, monthly sign-off: every entry is worked until it is closed.</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>DEMO DATA — not a real district</translation>
    </message>
    <message>
        <source>Entries group the repeat marks of one class at one place (the same address or within 50 m); each is owned by the station that answers for the place and worked to closure.</source>
        <translation>Entries group the repeat marks of one class at one place (the same address or within 50 m); each is owned by the station that answers for the place and worked to closure.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerListModel</name>
    <message numerus="yes">
        <source>%1 in %n incident(s): %2</source>
        <translation>
            <numerusform>%1 in %n incident: %2</numerusform>
            <numerusform>%1 in %n incidents: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>no action yet</source>
        <translation>no action yet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>To close</translation>
    </message>
    <message>
        <source>Latest action</source>
        <translation>Latest action</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LedgerTab</name>
    <message>
        <source>Enter: note an action · O: hand to another owner · C: close with the result · U: supervise</source>
        <translation>Enter: note an action · O: hand to another owner · C: close with the result · U: supervise</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat-ledger entry(ies) past their deadline</source>
        <translation>
            <numerusform>%n repeat-ledger entry past their deadline</numerusform>
            <numerusform>%n repeat-ledger entries past their deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat ledger</source>
        <translation>Repeat ledger</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(ies)</source>
        <translation>
            <numerusform>%n ledger entry</numerusform>
            <numerusform>%n ledger entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What was done at %1?</source>
        <translation>What was done at %1?</translation>
    </message>
    <message>
        <source>Action noted</source>
        <translation>Action noted</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Who answers for it from now on?</source>
        <translation>Who answers for it from now on?</translation>
    </message>
    <message>
        <source>Ledger entry handed to %1</source>
        <translation>Ledger entry handed to %1</translation>
    </message>
    <message>
        <source>Close the entry</source>
        <translation>Close the entry</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>How was it resolved?</translation>
    </message>
    <message>
        <source>Ledger entry closed</source>
        <translation>Ledger entry closed</translation>
    </message>
    <message>
        <source>The ledger entry is under supervision</source>
        <translation>The ledger entry is under supervision</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::LoginDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Desk: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Desk: %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo store.&lt;/b&gt; Accounts: dispatcher, dispatcher2, leader, leader2, trainer, admin — each password is the user name followed by 110 (for example dispatcher110).</source>
        <translation>&lt;b&gt;Demo store.&lt;/b&gt; Accounts: dispatcher, dispatcher2, leader, leader2, trainer, admin — each password is the user name followed by 110 (for example dispatcher110).</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MainWindow</name>
    <message>
        <source>%1 — Dispatcher workstation [DEMO DATA]</source>
        <translation>%1 — Dispatcher workstation [DEMO DATA]</translation>
    </message>
    <message>
        <source>%1 — Dispatcher workstation</source>
        <translation>%1 — Dispatcher workstation</translation>
    </message>
    <message>
        <source>Zone panel</source>
        <translation>Zone panel</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>Incident queue</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>Unit roster</translation>
    </message>
    <message>
        <source>Call intake (F2)</source>
        <translation>Call intake (F2)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The call was added to %1 as a further caller</source>
        <translation>The call was added to %1 as a further caller</translation>
    </message>
    <message>
        <source>Dashboard (this shift)</source>
        <translation>Dashboard (this shift)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the store&apos;s server is back after %n second(s).</source>
        <translation>
            <numerusform>The connection to the store&apos;s server is back after %n second.</numerusform>
            <numerusform>The connection to the store&apos;s server is back after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or discard the call being taken first; the call back stays on its list</source>
        <translation>Save or discard the call being taken first; the call back stays on its list</translation>
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
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Mediator · certificate</source>
        <translation>Mediator · certificate</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Outcome due</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MediationTab</name>
    <message>
        <source>S: settled · N: not settled (say why) · R: referred (say where)</source>
        <translation>S: settled · N: not settled (say why) · R: referred (say where)</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s) past their deadline</source>
        <translation>
            <numerusform>%n mediation past their deadline</numerusform>
            <numerusform>%n mediations past their deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message numerus="yes">
        <source>%n mediation(s)</source>
        <translation>
            <numerusform>%n mediation</numerusform>
            <numerusform>%n mediations</numerusform>
        </translation>
    </message>
    <message>
        <source>What did the parties agree? (may stay empty)</source>
        <translation>What did the parties agree? (may stay empty)</translation>
    </message>
    <message>
        <source>Why did they not settle?</source>
        <translation>Why did they not settle?</translation>
    </message>
    <message>
        <source>Where was the dispute referred?</source>
        <translation>Where was the dispute referred?</translation>
    </message>
    <message>
        <source>Mediation recorded: %1</source>
        <translation>Mediation recorded: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::MediatorDialog</name>
    <message>
        <source>&amp;Send the mediator to the scene as well</source>
        <translation>&amp;Send the mediator to the scene as well</translation>
    </message>
    <message>
        <source>Hand %1 to a mediator</source>
        <translation>Hand %1 to a mediator</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — expired</translation>
    </message>
    <message>
        <source>no mediator&apos;s certificate</source>
        <translation>no mediator&apos;s certificate</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>What the mediator should know (optional)</source>
        <translation>What the mediator should know (optional)</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Choose a mediator whose certificate is valid.</source>
        <translation>Choose a mediator whose certificate is valid.</translation>
    </message>
    <message>
        <source>Handed over, but the mediator was not sent: %1</source>
        <translation>Handed over, but the mediator was not sent: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::OwedListModel</name>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::OwedTab</name>
    <message>
        <source>Everything owed, the overdue first. Enter: open the item in its list</source>
        <translation>Everything owed, the overdue first. Enter: open the item in its list</translation>
    </message>
    <message>
        <source>All owed</source>
        <translation>All owed</translation>
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
        <translation>%1 ± %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Enter or F2: answer the highlighted call (the intake form opens with the number and place)</source>
        <translation>Enter or F2: answer the highlighted call (the intake form opens with the number and place)</translation>
    </message>
    <message>
        <source>ON THE WATCH LIST</source>
        <translation>ON THE WATCH LIST</translation>
    </message>
    <message>
        <source>ON THE WATCH LIST: %1</source>
        <translation>ON THE WATCH LIST: %1</translation>
    </message>
    <message>
        <source>open incident %1</source>
        <translation>open incident %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in 30 days, last %1</source>
        <translation>
            <numerusform>%n call in 30 days, last %1</numerusform>
            <numerusform>%n calls in 30 days, last %1</numerusform>
        </translation>
    </message>
    <message>
        <source>first call in 30 days</source>
        <translation>first call in 30 days</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(withheld)</translation>
    </message>
    <message>
        <source>No call ringing</source>
        <translation>No call ringing</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n call ringing</numerusform>
            <numerusform>%n calls ringing</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned call</source>
        <translation>No abandoned call</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s): call back</source>
        <translation>
            <numerusform>%n abandoned call: call back</numerusform>
            <numerusform>%n abandoned calls: call back</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the network says: %1</source>
        <translation>Where the network says: %1</translation>
    </message>
    <message>
        <source>no number: no history</source>
        <translation>no number: no history</translation>
    </message>
    <message>
        <source>history not available (the store cannot be read)</source>
        <translation>history not available (the store cannot be read)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>No emergency…</source>
        <translation>No emergency…</translation>
    </message>
    <message>
        <source>Take the call</source>
        <translation>Take the call</translation>
    </message>
    <message>
        <source>The caller was reached and has an emergency: the intake form opens with the call</source>
        <translation>The caller was reached and has an emergency: the intake form opens with the call</translation>
    </message>
    <message>
        <source>The caller was reached and there is no emergency: say what they said</source>
        <translation>The caller was reached and there is no emergency: say what they said</translation>
    </message>
    <message>
        <source>Tried, nobody answered: the try counts; after the last one the call back is closed</source>
        <translation>Tried, nobody answered: the try counts; after the last one the call back is closed</translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned call(s): call back (%1 overdue)</source>
        <translation>
            <numerusform>%n abandoned call: call back (%1 overdue)</numerusform>
            <numerusform>%n abandoned calls: call back (%1 overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>near %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::PhoneDesk</name>
    <message>
        <source>Telephone (F2 answers)</source>
        <translation>Telephone (F2 answers)</translation>
    </message>
    <message>
        <source>Go to the telephone</source>
        <translation>Go to the telephone</translation>
    </message>
    <message>
        <source>save or discard the call being taken first (it stays ringing)</source>
        <translation>save or discard the call being taken first (it stays ringing)</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Not answered: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing: F2 answers</source>
        <translation>
            <numerusform>%n call ringing: F2 answers</numerusform>
            <numerusform>%n calls ringing: F2 answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Telephone: recorded calls</source>
        <translation>Telephone: recorded calls</translation>
    </message>
    <message>
        <source>%1 events, %2 not understood</source>
        <translation>%1 events, %2 not understood</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Telephone: NOT CONNECTED (port %1)</source>
        <translation>Telephone: NOT CONNECTED (port %1)</translation>
    </message>
    <message>
        <source>Telephone: connected</source>
        <translation>Telephone: connected</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Answer the ringing call</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::PlaceCorrectionDialog</name>
    <message>
        <source>Correct the place of %1</source>
        <translation>Correct the place of %1</translation>
    </message>
    <message>
        <source>lat, lon — empty when not known</source>
        <translation>lat, lon — empty when not known</translation>
    </message>
    <message>
        <source>e.g. the caller gave the place again</source>
        <translation>e.g. the caller gave the place again</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>no point: the incident cannot be ranked or drawn</source>
        <translation>no point: the incident cannot be ranked or drawn</translation>
    </message>
    <message>
        <source>write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>write latitude, longitude (for example 22.78, 100.97)</translation>
    </message>
    <message>
        <source>outside every zone of the centre: no response circle</source>
        <translation>outside every zone of the centre: no response circle</translation>
    </message>
    <message>
        <source>zone: %1 · %2</source>
        <translation>zone: %1 · %2</translation>
    </message>
    <message>
        <source>Location: write latitude, longitude (for example 22.78, 100.97)</source>
        <translation>Location: write latitude, longitude (for example 22.78, 100.97)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RectificationListModel</name>
    <message>
        <source>no unit sent</source>
        <translation>no unit sent</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>What the caller said</source>
        <translation>What the caller said</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RectificationTab</name>
    <message>
        <source>Enter: record what was done</source>
        <translation>Enter: record what was done</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s)</source>
        <translation>
            <numerusform>%n rectification</numerusform>
            <numerusform>%n rectifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) past their deadline</source>
        <translation>
            <numerusform>%n rectification past their deadline</numerusform>
            <numerusform>%n rectifications past their deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>Rectification done</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <source>Rectification closed</source>
        <translation>Rectification closed</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportCharts</name>
    <message>
        <source>Volume by day</source>
        <translation>Volume by day</translation>
    </message>
    <message>
        <source>Category mix</source>
        <translation>Category mix</translation>
    </message>
    <message>
        <source>Hourly load</source>
        <translation>Hourly load</translation>
    </message>
    <message>
        <source>Dispatch to on scene, 1/3/5 min</source>
        <translation>Dispatch to on scene, 1/3/5 min</translation>
    </message>
    <message>
        <source>Arrival in time by zone</source>
        <translation>Arrival in time by zone</translation>
    </message>
    <message>
        <source>Zone ranking</source>
        <translation>Zone ranking</translation>
    </message>
    <message>
        <source>No incidents in the period</source>
        <translation>No incidents in the period</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>average %1 a day</source>
        <translation>average %1 a day</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hour of day</translation>
    </message>
    <message>
        <source>No arrival recorded in the period</source>
        <translation>No arrival recorded in the period</translation>
    </message>
    <message>
        <source>Minutes after dispatch (last bar: 10 and more)</source>
        <translation>Minutes after dispatch (last bar: 10 and more)</translation>
    </message>
    <message>
        <source>%1 min: %2%</source>
        <translation>%1 min: %2%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Arrivals within the zone&apos;s circle (%)</source>
        <translation>Arrivals within the zone&apos;s circle (%)</translation>
    </message>
    <message>
        <source>Nothing measured in the period</source>
        <translation>Nothing measured in the period</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportDocument</name>
    <message>
        <source>Nothing in the period</source>
        <translation>Nothing in the period</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>cannot start the PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Daily, weekly and monthly reports…</source>
        <translation>&amp;Daily, weekly and monthly reports…</translation>
    </message>
    <message>
        <source>Warning &amp;bulletin…</source>
        <translation>Warning &amp;bulletin…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Import history…</translation>
    </message>
    <message numerus="yes">
        <source>History imported: %n incident(s)</source>
        <translation>
            <numerusform>History imported: %n incident</numerusform>
            <numerusform>History imported: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Staging point siting…</source>
        <translation>&amp;Staging point siting…</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Day in the period:</source>
        <translation>&amp;Day in the period:</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) received from %1 to %2 (live work and imported history; exercises excluded)</source>
        <translation>
            <numerusform>%n incident received from %1 to %2 (live work and imported history; exercises excluded)</numerusform>
            <numerusform>%n incidents received from %1 to %2 (live work and imported history; exercises excluded)</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3), compared with %4 to %5</source>
        <translation>Period: %1 to %2 (%3), compared with %4 to %5</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generated %1 by %2</translation>
    </message>
    <message>
        <source>the workstation</source>
        <translation>the workstation</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>DEMO DATA — not a real district</translation>
    </message>
    <message>
        <source>Live work and imported history; training exercises are never counted. Intervals are measured to the first unit; arrival in time is against each incident&apos;s own circle (1/3/5 minutes).</source>
        <translation>Live work and imported history; training exercises are never counted. Intervals are measured to the first unit; arrival in time is against each incident&apos;s own circle (1/3/5 minutes).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>Export the report&apos;s tables as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 (to date)</source>
        <translation>%1 (to date)</translation>
    </message>
    <message>
        <source>The period is still running: read to the time of printing, against the same span of the period before.</source>
        <translation>The period is still running: read to the time of printing, against the same span of the period before.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RingingCallsWidget</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>What the caller says</source>
        <translation>What the caller says</translation>
    </message>
    <message>
        <source>Enter: answer the highlighted call (the intake form opens with what the caller says)</source>
        <translation>Enter: answer the highlighted call (the intake form opens with what the caller says)</translation>
    </message>
    <message>
        <source>No call ringing</source>
        <translation>No call ringing</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n call ringing</numerusform>
            <numerusform>%n calls ringing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::RosterDialog</name>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>This shift: %1</source>
        <translation>This shift: %1</translation>
    </message>
    <message>
        <source>Next shift: %1</source>
        <translation>Next shift: %1</translation>
    </message>
    <message>
        <source>Dispatcher (tick: on duty)</source>
        <translation>Dispatcher (tick: on duty)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>S&amp;hift:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftDutyDialog</name>
    <message>
        <source>Units for the shift</source>
        <translation>Units for the shift</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 – %3. Tick the units on duty for this shift.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 – %3. Tick the units on duty for this shift.</translation>
    </message>
    <message>
        <source>Tick the units on duty for this shift.</source>
        <translation>Tick the units on duty for this shift.</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>No station</translation>
    </message>
    <message>
        <source>All shown o&amp;n duty</source>
        <translation>All shown o&amp;n duty</translation>
    </message>
    <message>
        <source>All shown o&amp;ff duty</source>
        <translation>All shown o&amp;ff duty</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Callsign</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Change duty</source>
        <translation>&amp;Change duty</translation>
    </message>
    <message>
        <source>On incident %1: stays on duty until cleared</source>
        <translation>On incident %1: stays on duty until cleared</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) come on duty</source>
        <translation>
            <numerusform>%n unit comes on duty</numerusform>
            <numerusform>%n units come on duty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) go off duty</source>
        <translation>
            <numerusform>%n unit goes off duty</numerusform>
            <numerusform>%n units go off duty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) on incidents stay</source>
        <translation>
            <numerusform>%n unit on an incident stays</numerusform>
            <numerusform>%n units on incidents stay</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftMenu</name>
    <message>
        <source>S&amp;hift</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Handover…</translation>
    </message>
    <message>
        <source>Handover &amp;archive…</source>
        <translation>Handover &amp;archive…</translation>
    </message>
    <message>
        <source>&amp;Flag for the handover…</source>
        <translation>&amp;Flag for the handover…</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>Duty &amp;roster…</translation>
    </message>
    <message>
        <source>Shift &amp;pattern…</source>
        <translation>Shift &amp;pattern…</translation>
    </message>
    <message>
        <source>Flag for the handover</source>
        <translation>Flag for the handover</translation>
    </message>
    <message>
        <source>What must the handover say about %1?</source>
        <translation>What must the handover say about %1?</translation>
    </message>
    <message>
        <source>What must the handover mention?</source>
        <translation>What must the handover mention?</translation>
    </message>
    <message>
        <source>Flagged for the handover</source>
        <translation>Flagged for the handover</translation>
    </message>
    <message>
        <source>Duty roster saved</source>
        <translation>Duty roster saved</translation>
    </message>
    <message>
        <source>Shift pattern saved</source>
        <translation>Shift pattern saved</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ShiftPatternDialog</name>
    <message>
        <source>Shift pattern</source>
        <translation>Shift pattern</translation>
    </message>
    <message>
        <source>Starts (HH:mm)</source>
        <translation>Starts (HH:mm)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add a shift</source>
        <translation>&amp;Add a shift</translation>
    </message>
    <message>
        <source>&amp;Remove the selected</source>
        <translation>&amp;Remove the selected</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>New shift</translation>
    </message>
    <message>
        <source>Each shift ends where the next begins; the handover is made at each start.</source>
        <translation>Each shift ends where the next begins; the handover is made at each start.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a time (HH:mm)</source>
        <translation>Row %1: &quot;%2&quot; is not a time (HH:mm)</translation>
    </message>
    <message>
        <source>Row %1: the shift needs a name</source>
        <translation>Row %1: the shift needs a name</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SitingDialog</name>
    <message>
        <source>Choose among the existing points &amp;only</source>
        <translation>Choose among the existing points &amp;only</translation>
    </message>
    <message>
        <source>Prefer a &amp;second point in reach</source>
        <translation>Prefer a &amp;second point in reach</translation>
    </message>
    <message>
        <source>&amp;Find the sites (Ctrl+Enter)</source>
        <translation>&amp;Find the sites (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save as GeoJSON…</source>
        <translation>&amp;Save as GeoJSON…</translation>
    </message>
    <message>
        <source>Where to put staging points (科学布点)</source>
        <translation>Where to put staging points (科学布点)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tick the points that stay whatever the solver finds</source>
        <translation>Tick the points that stay whatever the solver finds</translation>
    </message>
    <message>
        <source>&amp;Points to place</source>
        <translation>&amp;Points to place</translation>
    </message>
    <message>
        <source>&amp;Reached within</source>
        <translation>&amp;Reached within</translation>
    </message>
    <message>
        <source>Incidents &amp;received</source>
        <translation>Incidents &amp;received</translation>
    </message>
    <message>
        <source>&amp;Keep these points</source>
        <translation>&amp;Keep these points</translation>
    </message>
    <message>
        <source>Choose the period and the number of points, then find the sites. The incidents of the period are reached over the map&apos;s roads from each candidate: today&apos;s points and a road node every 400 m where incidents are.</source>
        <translation>Choose the period and the number of points, then find the sites. The incidents of the period are reached over the map&apos;s roads from each candidate: today&apos;s points and a road node every 400 m where incidents are.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Incidents reached</source>
        <translation>Incidents reached</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reached now</source>
        <translation>Reached now</translation>
    </message>
    <message>
        <source>Reached, proposed</source>
        <translation>Reached, proposed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>⚠ The period ends before it starts.</source>
        <translation>⚠ The period ends before it starts.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with a position in the period</source>
        <translation>
            <numerusform>%n incident with a position in the period</numerusform>
            <numerusform>%n incidents with a position in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them off the map&apos;s roads (never reached)</source>
        <translation>
            <numerusform>, %n of them off the map&apos;s roads (never reached)</numerusform>
            <numerusform>, %n of them off the map&apos;s roads (never reached)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;, from %1 existing point(s) on the roads: %2 reached within %3 s (%4), %5 by two points.</source>
        <translation>&lt;b&gt;Now&lt;/b&gt;, from %1 existing point(s) on the roads: %2 reached within %3 s (%4), %5 by two points.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed&lt;/b&gt;, %1 point(s): %2 reached (%3), %4 by two points.</source>
        <translation>&lt;b&gt;Proposed&lt;/b&gt;, %1 point(s): %2 reached (%3), %4 by two points.</translation>
    </message>
    <message>
        <source>The solver proved this the best choice among %1 candidate sites (%2 s).</source>
        <translation>The solver proved this the best choice among %1 candidate sites (%2 s).</translation>
    </message>
    <message>
        <source>The solver&apos;s time ran out: a choice at most %1 % better may exist (%2 candidate sites).</source>
        <translation>The solver&apos;s time ran out: a choice at most %1 % better may exist (%2 candidate sites).</translation>
    </message>
    <message>
        <source>existing point</source>
        <translation>existing point</translation>
    </message>
    <message>
        <source>new, on the road</source>
        <translation>new, on the road</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>(outside every zone)</translation>
    </message>
    <message>
        <source>Save the proposed sites</source>
        <translation>Save the proposed sites</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>⚠ Cannot write %1: %2</source>
        <translation>⚠ Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::StoreBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message numerus="yes">
        <source>The store could not be read: %1 (since %2, %n time(s)). What the desk shows may be out of date; call the administrator.</source>
        <translation>
            <numerusform>The store could not be read: %1 (since %2, %n time). What the desk shows may be out of date; call the administrator.</numerusform>
            <numerusform>The store could not be read: %1 (since %2, %n times). What the desk shows may be out of date; call the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to the store&apos;s server was lost at %1 (%n second(s) ago). The desk is reconnecting by itself; until then what it shows may be out of date and changes cannot be saved.</source>
        <translation>
            <numerusform>The connection to the store&apos;s server was lost at %1 (%n second ago). The desk is reconnecting by itself; until then what it shows may be out of date and changes cannot be saved.</numerusform>
            <numerusform>The connection to the store&apos;s server was lost at %1 (%n seconds ago). The desk is reconnecting by itself; until then what it shows may be out of date and changes cannot be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionDialog</name>
    <message>
        <source>Put %1 under supervision</source>
        <translation>Put %1 under supervision</translation>
    </message>
    <message>
        <source>Who answers for it, e.g. the station&apos;s head</source>
        <translation>Who answers for it, e.g. the station&apos;s head</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Deadline in:</source>
        <translation>&amp;Deadline in:</translation>
    </message>
    <message>
        <source>&amp;Supervise</source>
        <translation>&amp;Supervise</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>no progress noted yet</source>
        <translation>no progress noted yet</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>Under supervision</translation>
    </message>
    <message>
        <source>Answers for it</source>
        <translation>Answers for it</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::SupervisionTab</name>
    <message>
        <source>Enter: add a progress note · C: close with the result</source>
        <translation>Enter: add a progress note · C: close with the result</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message numerus="yes">
        <source>%n under supervision</source>
        <translation>
            <numerusform>%n under supervision</numerusform>
            <numerusform>%n under supervision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervised item(s) past their deadline</source>
        <translation>
            <numerusform>%n supervised item past their deadline</numerusform>
            <numerusform>%n supervised items past their deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>What has happened?</source>
        <translation>What has happened?</translation>
    </message>
    <message>
        <source>Progress noted</source>
        <translation>Progress noted</translation>
    </message>
    <message>
        <source>Close the supervision</source>
        <translation>Close the supervision</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <source>Supervision closed</source>
        <translation>Supervision closed</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TextInput</name>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainerConsole</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Next clock</source>
        <translation>Next clock</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Caller says</source>
        <translation>Caller says</translation>
    </message>
    <message>
        <source>Trainer console — exercises on a training store, never live work</source>
        <translation>Trainer console — exercises on a training store, never live work</translation>
    </message>
    <message>
        <source>&amp;Open a scenario file…</source>
        <translation>&amp;Open a scenario file…</translation>
    </message>
    <message>
        <source>From the store&apos;s &amp;history…</source>
        <translation>From the store&apos;s &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Start the exercise</source>
        <translation>&amp;Start the exercise</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Trainee(s)</source>
        <translation>Trainee(s)</translation>
    </message>
    <message>
        <source>Seed (the same seed gives the same run):</source>
        <translation>Seed (the same seed gives the same run):</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>&amp;Next event</translation>
    </message>
    <message>
        <source>&amp;Inject…</source>
        <translation>&amp;Inject…</translation>
    </message>
    <message>
        <source>&amp;End and report</source>
        <translation>&amp;End and report</translation>
    </message>
    <message>
        <source>%1
%2 calls · %3 min · starts %4</source>
        <translation>%1
%2 calls · %3 min · starts %4</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <source>Not a usable scenario: %1</source>
        <translation>Not a usable scenario: %1</translation>
    </message>
    <message>
        <source>A scenario from the store&apos;s history</source>
        <translation>A scenario from the store&apos;s history</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>The exercise could not start: %1</source>
        <translation>The exercise could not start: %1</translation>
    </message>
    <message>
        <source>Injected at %1</source>
        <translation>Injected at %1</translation>
    </message>
    <message>
        <source>Ended. Score %1.</source>
        <translation>Ended. Score %1.</translation>
    </message>
    <message>
        <source>▶ Resume (Space)</source>
        <translation>▶ Resume (Space)</translation>
    </message>
    <message>
        <source>❚❚ Pause (Space)</source>
        <translation>❚❚ Pause (Space)</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2× · next event %3 · %n call(s) ringing · %4 incident(s) open · ends %5</source>
        <translation>
            <numerusform>%1 · %2× · next event %3 · %n call ringing · %4 incident open · ends %5</numerusform>
            <numerusform>%1 · %2× · next event %3 · %n calls ringing · %4 incidents open · ends %5</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Trainees: %1</source>
        <translation>Trainees: %1</translation>
    </message>
    <message>
        <source>A folder on this PC (the trainees&apos; desks open here), or the centre&apos;s training database (postgresql://host/dispatch_training: trainees join from their own desks)</source>
        <translation>A folder on this PC (the trainees&apos; desks open here), or the centre&apos;s training database (postgresql://host/dispatch_training: trainees join from their own desks)</translation>
    </message>
    <message>
        <source>Held in:</source>
        <translation>Held in:</translation>
    </message>
    <message>
        <source>Trainees join at their own desks with this command, signed in with their own passwords</source>
        <translation>Trainees join at their own desks with this command, signed in with their own passwords</translation>
    </message>
    <message>
        <source>Held on the server; trainees join at their own desks with:</source>
        <translation>Held on the server; trainees join at their own desks with:</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (at %2)</translation>
    </message>
    <message>
        <source>%1 (not joined yet)</source>
        <translation>%1 (not joined yet)</translation>
    </message>
    <message>
        <source>none (e.g. 127.0.0.1:4190)</source>
        <translation>none (e.g. 127.0.0.1:4190)</translation>
    </message>
    <message>
        <source>The address this console listens on for a practice telephone switch&apos;s CTI feed (the format of a desk&apos;s --cti-listen). Role-players&apos; calls then ring on the trainees&apos; desks with their numbers and places; the scenario&apos;s practice-line calls wait for them.</source>
        <translation>The address this console listens on for a practice telephone switch&apos;s CTI feed (the format of a desk&apos;s --cti-listen). Role-players&apos; calls then ring on the trainees&apos; desks with their numbers and places; the scenario&apos;s practice-line calls wait for them.</translation>
    </message>
    <message>
        <source>Practice telephone (CTI):</source>
        <translation>Practice telephone (CTI):</translation>
    </message>
    <message>
        <source>%1 scripted and %2 unscripted call(s) rung, %3 line(s) not understood</source>
        <translation>%1 scripted and %2 unscripted call(s) rung, %3 line(s) not understood</translation>
    </message>
    <message>
        <source>Practice telephone: connected (port %1)</source>
        <translation>Practice telephone: connected (port %1)</translation>
    </message>
    <message>
        <source>Practice telephone: NOT CONNECTED (port %1)</source>
        <translation>Practice telephone: NOT CONNECTED (port %1)</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingDesk</name>
    <message>
        <source>Ringing calls (exercise)</source>
        <translation>Ringing calls (exercise)</translation>
    </message>
    <message>
        <source>EXERCISE — training store, not live work · %1</source>
        <translation>EXERCISE — training store, not live work · %1</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>[EXERCISE] %1</source>
        <translation>[EXERCISE] %1</translation>
    </message>
    <message>
        <source>Go to ringing calls</source>
        <translation>Go to ringing calls</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) ringing (Ctrl+Shift+C)</source>
        <translation>
            <numerusform>%n new call ringing (Ctrl+Shift+C)</numerusform>
            <numerusform>%n new calls ringing (Ctrl+Shift+C)</numerusform>
        </translation>
    </message>
    <message>
        <source>EXERCISE — training store, not live work · %1 · trainee %2</source>
        <translation>EXERCISE — training store, not live work · %1 · trainee %2</translation>
    </message>
    <message>
        <source>[EXERCISE] %1 — %2</source>
        <translation>[EXERCISE] %1 — %2</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Not answered: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Trainer &amp;console…</source>
        <translation>Trainer &amp;console…</translation>
    </message>
    <message>
        <source>Trainees&apos; &amp;progress…</source>
        <translation>Trainees&apos; &amp;progress…</translation>
    </message>
    <message>
        <source>The trainer console is for trainers and shift leaders</source>
        <translation>The trainer console is for trainers and shift leaders</translation>
    </message>
    <message>
        <source>Trainees&apos; progress</source>
        <translation>Trainees&apos; progress</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TrainingSession</name>
    <message>
        <source>choose at least one trainee</source>
        <translation>choose at least one trainee</translation>
    </message>
    <message>
        <source>the practice telephone&apos;s address: %1</source>
        <translation>the practice telephone&apos;s address: %1</translation>
    </message>
    <message>
        <source>the practice telephone: %1</source>
        <translation>the practice telephone: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferDialog</name>
    <message>
        <source>Transfer %1 to a police station</source>
        <translation>Transfer %1 to a police station</translation>
    </message>
    <message>
        <source>Why the station takes it over, e.g. follow-up investigation</source>
        <translation>Why the station takes it over, e.g. follow-up investigation</translation>
    </message>
    <message>
        <source>The station signs for it within %1.</source>
        <translation>The station signs for it within %1.</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferListModel</name>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Sign-for</source>
        <translation>Sign-for</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TransferTab</name>
    <message>
        <source>Enter: the station signed for the selected transfer</source>
        <translation>Enter: the station signed for the selected transfer</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) not signed for in time</source>
        <translation>
            <numerusform>%n transfer not signed for in time</numerusform>
            <numerusform>%n transfers not signed for in time</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>Who signed for it at the station?</source>
        <translation>Who signed for it at the station?</translation>
    </message>
    <message>
        <source>Transfer signed for by %1</source>
        <translation>Transfer signed for by %1</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::TriageProposalView</name>
    <message>
        <source>Triage proposal</source>
        <translation>Triage proposal</translation>
    </message>
    <message>
        <source>Overridden by the dispatcher: the log keeps both</source>
        <translation>Overridden by the dispatcher: the log keeps both</translation>
    </message>
    <message>
        <source>The rules that fired, in the order of the rules file, with the words that matched</source>
        <translation>The rules that fired, in the order of the rules file, with the words that matched</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Type what happened: the proposal follows as you type.</source>
        <translation>Type what happened: the proposal follows as you type.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · divert to %1</source>
        <translation> · divert to %1</translation>
    </message>
    <message>
        <source> · offer mediation</source>
        <translation> · offer mediation</translation>
    </message>
    <message>
        <source>dispatch within 60 s</source>
        <translation>dispatch within 60 s</translation>
    </message>
    <message>
        <source>dispatch within 120 s</source>
        <translation>dispatch within 120 s</translation>
    </message>
    <message>
        <source>on scene within %1</source>
        <translation>on scene within %1</translation>
    </message>
    <message>
        <source>send: %1</source>
        <translation>send: %1</translation>
    </message>
    <message>
        <source>work order to the agency; no unit is sent</source>
        <translation>work order to the agency; no unit is sent</translation>
    </message>
    <message>
        <source> (overruled: a police matter)</source>
        <translation> (overruled: a police matter)</translation>
    </message>
    <message>
        <source>Not diverted: danger sign 「%1」 (%2)</source>
        <translation>Not diverted: danger sign 「%1」 (%2)</translation>
    </message>
    <message>
        <source>No rule set the category: the default applies</source>
        <translation>No rule set the category: the default applies</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
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
        <translation>no fix</translation>
    </message>
    <message>
        <source>Officers + auxiliaries on this shift</source>
        <translation>Officers + auxiliaries on this shift</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Callsign</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>In status</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Position age</source>
        <translation>Position age</translation>
    </message>
    <message>
        <source>%1 · sign-for late %2</source>
        <translation>%1 · sign-for late %2</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · stale</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::UnitRosterWidget</name>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>%1 shown · %2 available</source>
        <translation>%1 shown · %2 available</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::WarningBulletinDialog</name>
    <message>
        <source>All incidents</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>Warning bulletin (four-colour zone warnings)</source>
        <translation>Warning bulletin (four-colour zone warnings)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CAP &amp;XML…</source>
        <translation>Export CAP &amp;XML…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Export the bulletin as PDF</source>
        <translation>Export the bulletin as PDF</translation>
    </message>
    <message>
        <source>warning-bulletin.pdf</source>
        <translation>warning-bulletin.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the bulletin as a CAP 1.2 alert</source>
        <translation>Export the bulletin as a CAP 1.2 alert</translation>
    </message>
    <message>
        <source>warning-bulletin.xml</source>
        <translation>warning-bulletin.xml</translation>
    </message>
    <message>
        <source>CAP XML (*.xml)</source>
        <translation>CAP XML (*.xml)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>Red %1 · orange %2 · yellow %3 of %4 zone and category figures judged</source>
        <translation>Red %1 · orange %2 · yellow %3 of %4 zone and category figures judged</translation>
    </message>
    <message>
        <source>Every zone is green: no figure above its baseline by the policy&apos;s thresholds.</source>
        <translation>Every zone is green: no figure above its baseline by the policy&apos;s thresholds.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s) against the same days of the previous %1 weeks; Enter on a row shows the zone.</source>
        <translation>
            <numerusform>The last %n day against the same days of the previous %1 weeks; Enter on a row shows the zone.</numerusform>
            <numerusform>The last %n days against the same days of the previous %1 weeks; Enter on a row shows the zone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning bulletin %1</source>
        <translation>Warning bulletin %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>DEMO DATA — not a real district</translation>
    </message>
    <message numerus="yes">
        <source>Each zone and category: incidents in the last %n day(s) against the same days of the previous %1 weeks (mean ± standard deviation). Levels follow the centre&apos;s warning policy.</source>
        <translation>
            <numerusform>Each zone and category: incidents in the last %n day against the same days of the previous %1 weeks (mean ± standard deviation). Levels follow the centre&apos;s warning policy.</numerusform>
            <numerusform>Each zone and category: incidents in the last %n days against the same days of the previous %1 weeks (mean ± standard deviation). Levels follow the centre&apos;s warning policy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised warnings</source>
        <translation>Raised warnings</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n alert info block(s))</source>
        <translation>
            <numerusform>Saved %1 (%n alert info block)</numerusform>
            <numerusform>Saved %1 (%n alert info blocks)</numerusform>
        </translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of the policy&apos;s %2 weeks before this moment, and at least %3 are needed to judge a level.</source>
        <translation>No baseline yet: the records cover %1 of the policy&apos;s %2 weeks before this moment, and at least %3 are needed to judge a level.</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ZoneImportDialog</name>
    <message>
        <source>&amp;Remove the zones the file lacks (only those no incident or staging point refers to)</source>
        <translation>&amp;Remove the zones the file lacks (only those no incident or staging point refers to)</translation>
    </message>
    <message>
        <source>Import zones from GeoJSON</source>
        <translation>Import zones from GeoJSON</translation>
    </message>
    <message>
        <source>A GeoJSON FeatureCollection of Polygon or MultiPolygon features</source>
        <translation>A GeoJSON FeatureCollection of Polygon or MultiPolygon features</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Name property</source>
        <translation>&amp;Name property</translation>
    </message>
    <message>
        <source>&amp;Code property</source>
        <translation>&amp;Code property</translation>
    </message>
    <message>
        <source>&amp;Tier property</source>
        <translation>&amp;Tier property</translation>
    </message>
    <message>
        <source>&amp;Default tier</source>
        <translation>&amp;Default tier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Only an administrator can import zones. Sign in as one to import.</source>
        <translation>Only an administrator can import zones. Sign in as one to import.</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>Zone file</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (not an area or invalid): the import will name them</source>
        <translation>
            <numerusform>%n refused (not an area or invalid): the import will name them</numerusform>
            <numerusform>%n refused (not an area or invalid): the import will name them</numerusform>
        </translation>
    </message>
    <message>
        <source>properties: %1</source>
        <translation>properties: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Derived from the name</source>
        <translation>Derived from the name</translation>
    </message>
    <message>
        <source>None: every zone takes the default tier</source>
        <translation>None: every zone takes the default tier</translation>
    </message>
    <message>
        <source>No property holds a name in every feature; the zones cannot be named from this file.</source>
        <translation>No property holds a name in every feature; the zones cannot be named from this file.</translation>
    </message>
    <message>
        <source>Not imported, nothing changed: %1</source>
        <translation>Not imported, nothing changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n zone(s), %2 vertices</source>
        <translation>
            <numerusform>Imported %1: %n zone, %2 vertices</numerusform>
            <numerusform>Imported %1: %n zones, %2 vertices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added · %2 updated · %3 unchanged · %4 removed</source>
        <translation>%1 added · %2 updated · %3 unchanged · %4 removed</translation>
    </message>
</context>
<context>
    <name>dispatch::ui::ZonePanel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>DEMO DATA — not a real district</source>
        <translation>DEMO DATA — not a real district</translation>
    </message>
    <message>
        <source>Location of the call being taken</source>
        <translation>Location of the call being taken</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n active incident(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n active incident</numerusform>
            <numerusform>%1 · %2 · %n active incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommended: %1</translation>
    </message>
    <message>
        <source>%1: %2 min</source>
        <translation>%1: %2 min</translation>
    </message>
    <message>
        <source>0–1 active incidents</source>
        <translation>0–1 active incidents</translation>
    </message>
    <message>
        <source>2–3 active incidents</source>
        <translation>2–3 active incidents</translation>
    </message>
    <message>
        <source>4–5 active incidents</source>
        <translation>4–5 active incidents</translation>
    </message>
    <message>
        <source>6 or more active incidents</source>
        <translation>6 or more active incidents</translation>
    </message>
    <message>
        <source>Warning level: %1</source>
        <translation>Warning level: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings: last %n day(s) against %1 weeks</source>
        <translation>
            <numerusform>Warnings: last %n day against %1 weeks</numerusform>
            <numerusform>Warnings: last %n days against %1 weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Active incidents per zone</source>
        <translation>Active incidents per zone</translation>
    </message>
    <message>
        <source>Green: normal</source>
        <translation>Green: normal</translation>
    </message>
    <message numerus="yes">
        <source>Yellow: attention (%n)</source>
        <translation>
            <numerusform>Yellow: attention (%n)</numerusform>
            <numerusform>Yellow: attention (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orange: urgent (%n)</source>
        <translation>
            <numerusform>Orange: urgent (%n)</numerusform>
            <numerusform>Orange: urgent (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Red: severe (%n)</source>
        <translation>
            <numerusform>Red: severe (%n)</numerusform>
            <numerusform>Red: severe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings not updated: %1</source>
        <translation>Warnings not updated: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No baseline yet: the records cover %1 of %2 weeks</source>
        <translation>No baseline yet: the records cover %1 of %2 weeks</translation>
    </message>
    <message>
        <source>Click the caller&apos;s place on the map · Esc cancels</source>
        <translation>Click the caller&apos;s place on the map · Esc cancels</translation>
    </message>
    <message>
        <source>Where the network places the caller: within %1 (%2)</source>
        <translation>Where the network places the caller: within %1 (%2)</translation>
    </message>
    <message>
        <source>Recommended: %1, by road</source>
        <translation>Recommended: %1, by road</translation>
    </message>
    <message>
        <source>%1: %2 min by road</source>
        <translation>%1: %2 min by road</translation>
    </message>
    <message>
        <source>Proposed site %1 (an existing point kept) %2</source>
        <translation>Proposed site %1 (an existing point kept) %2</translation>
    </message>
    <message>
        <source>Proposed site %1 (a new point on the road)</source>
        <translation>Proposed site %1 (a new point on the road)</translation>
    </message>
</context>
<context>
    <name>dispatchctl</name>
    <message>
        <source>Create or upgrade a store; --demo seeds the demo district</source>
        <translation>Create or upgrade a store; --demo seeds the demo district</translation>
    </message>
    <message>
        <source>List incidents</source>
        <translation>List incidents</translation>
    </message>
    <message>
        <source>List, add users and set passwords</source>
        <translation>List, add users and set passwords</translation>
    </message>
    <message>
        <source>Usage: dispatchctl COMMAND [OPTIONS]</source>
        <translation>Usage: dispatchctl COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>The headless tool of the dispatcher workstation.</source>
        <translation>The headless tool of the dispatcher workstation.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>&apos;dispatchctl COMMAND --help&apos; describes one command.</source>
        <translation>&apos;dispatchctl COMMAND --help&apos; describes one command.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Language of the output: en (default) or zh_CN</source>
        <translation>Language of the output: en (default) or zh_CN</translation>
    </message>
    <message>
        <source>Triage calls given as JSON Lines (category, priority, diversion)</source>
        <translation>Triage calls given as JSON Lines (category, priority, diversion)</translation>
    </message>
    <message>
        <source>List units with status, position and staleness</source>
        <translation>List units with status, position and staleness</translation>
    </message>
    <message>
        <source>Rank the units for an incident at a point</source>
        <translation>Rank the units for an incident at a point</translation>
    </message>
    <message>
        <source>Feed recorded NMEA positions to a unit (avl replay)</source>
        <translation>Feed recorded NMEA positions to a unit (avl replay)</translation>
    </message>
    <message>
        <source>List zones or import them from a GeoJSON file</source>
        <translation>List zones or import them from a GeoJSON file</translation>
    </message>
    <message>
        <source>Statistics of a period (counts, response intervals, compliance)</source>
        <translation>Statistics of a period (counts, response intervals, compliance)</translation>
    </message>
    <message>
        <source>Write a synthetic history for benchmarks and demos</source>
        <translation>Write a synthetic history for benchmarks and demos</translation>
    </message>
    <message>
        <source>Four-colour zone warnings (text, JSON, CAP 1.2)</source>
        <translation>Four-colour zone warnings (text, JSON, CAP 1.2)</translation>
    </message>
    <message>
        <source>Everything still owed after the call, with owner and deadline</source>
        <translation>Everything still owed after the call, with owner and deadline</translation>
    </message>
    <message>
        <source>The repeat-incident ledger&apos;s weekly bulletin</source>
        <translation>The repeat-incident ledger&apos;s weekly bulletin</translation>
    </message>
    <message>
        <source>The handover report of a shift (JSON, PDF)</source>
        <translation>The handover report of a shift (JSON, PDF)</translation>
    </message>
    <message>
        <source>Run a training scenario headless from its seed</source>
        <translation>Run a training scenario headless from its seed</translation>
    </message>
    <message>
        <source>Check a training scenario, or write one from history</source>
        <translation>Check a training scenario, or write one from history</translation>
    </message>
    <message>
        <source>Take a call (JSON): the incident&apos;s number, or the open incidents it may duplicate</source>
        <translation>Take a call (JSON): the incident&apos;s number, or the open incidents it may duplicate</translation>
    </message>
    <message>
        <source>Send units to an open incident, under the desk&apos;s rules</source>
        <translation>Send units to an open incident, under the desk&apos;s rules</translation>
    </message>
    <message>
        <source>A unit&apos;s step: signed_for, en_route, on_scene or clear</source>
        <translation>A unit&apos;s step: signed_for, en_route, on_scene or clear</translation>
    </message>
    <message>
        <source>Every desk of the store: who is signed in where, last seen</source>
        <translation>Every desk of the store: who is signed in where, last seen</translation>
    </message>
    <message>
        <source>Verify the store: SQLite integrity, the event chain, the accepted handovers</source>
        <translation>Verify the store: SQLite integrity, the event chain, the accepted handovers</translation>
    </message>
    <message>
        <source>The exercises held in a training database on the server; drop one</source>
        <translation>The exercises held in a training database on the server; drop one</translation>
    </message>
    <message>
        <source>Print the event chain&apos;s head to keep outside the store (check --anchors proves it)</source>
        <translation>Print the event chain&apos;s head to keep outside the store (check --anchors proves it)</translation>
    </message>
    <message>
        <source>Make the centre&apos;s key for the event log (key init)</source>
        <translation>Make the centre&apos;s key for the event log (key init)</translation>
    </message>
    <message>
        <source>Import CAD history from a CSV export through a profile, or take in incidents handed over as EIDO (--eido)</source>
        <translation>Import CAD history from a CSV export through a profile, or take in incidents handed over as EIDO (--eido)</translation>
    </message>
    <message>
        <source>Write incidents as NENA EIDO JSON to hand them to another centre</source>
        <translation>Write incidents as NENA EIDO JSON to hand them to another centre</translation>
    </message>
    <message>
        <source>Write a recorded day of the telephone switch&apos;s calls into the store (cti replay)</source>
        <translation>Write a recorded day of the telephone switch&apos;s calls into the store (cti replay)</translation>
    </message>
    <message>
        <source>The fastest route by the roads of the centre&apos;s map between two points</source>
        <translation>The fastest route by the roads of the centre&apos;s map between two points</translation>
    </message>
    <message>
        <source>The centre&apos;s map: load an OpenStreetMap file (map import) or an address list (map addresses), or show what is loaded</source>
        <translation>The centre&apos;s map: load an OpenStreetMap file (map import) or an address list (map addresses), or show what is loaded</translation>
    </message>
    <message>
        <source>The places of the gazetteer for an address or a name, best first</source>
        <translation>The places of the gazetteer for an address or a name, best first</translation>
    </message>
    <message>
        <source>Where to put staging points: the sites reaching most incidents by road in time</source>
        <translation>Where to put staging points: the sites reaching most incidents by road in time</translation>
    </message>
    <message>
        <source>Fit the vehicles&apos; road speeds to the units&apos; journeys in imported history</source>
        <translation>Fit the vehicles&apos; road speeds to the units&apos; journeys in imported history</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Cannot open the store</translation>
    </message>
    <message>
        <source>The dispatcher workstation of a 110 command centre.</source>
        <translation>The dispatcher workstation of a 110 command centre.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Language: zh_CN or en (default: the system&apos;s).</source>
        <translation>Language: zh_CN or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Name of this desk (recorded on every event).</source>
        <translation>Name of this desk (recorded on every event).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Fill in this user name at sign-in.</source>
        <translation>Fill in this user name at sign-in.</translation>
    </message>
    <message>
        <source>Triage rules file (default: the one chosen in the desk&apos;s settings, else the built-in rules).</source>
        <translation>Triage rules file (default: the one chosen in the desk&apos;s settings, else the built-in rules).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Triage rules refused</source>
        <translation>Triage rules refused</translation>
    </message>
    <message>
        <source>The triage rules file was refused; the built-in rules are in force.

%1</source>
        <translation>The triage rules file was refused; the built-in rules are in force.

%1</translation>
    </message>
    <message>
        <source>Take live unit positions over TCP on HOST:PORT (each connection sends &quot;UNIT &lt;callsign&gt;&quot;, then NMEA sentences).</source>
        <translation>Take live unit positions over TCP on HOST:PORT (each connection sends &quot;UNIT &lt;callsign&gt;&quot;, then NMEA sentences).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Replay a recorded NMEA file as a unit&apos;s positions, moved to start where the unit is (repeatable).</source>
        <translation>Replay a recorded NMEA file as a unit&apos;s positions, moved to start where the unit is (repeatable).</translation>
    </message>
    <message>
        <source>CALLSIGN=FILE</source>
        <translation>CALLSIGN=FILE</translation>
    </message>
    <message>
        <source>no unit with callsign &quot;%1&quot;</source>
        <translation>no unit with callsign &quot;%1&quot;</translation>
    </message>
    <message>
        <source>taking live positions on %1 port %2</source>
        <translation>taking live positions on %1 port %2</translation>
    </message>
    <message>
        <source>give CALLSIGN=FILE</source>
        <translation>give CALLSIGN=FILE</translation>
    </message>
    <message>
        <source>%1 has no position to start the replay at</source>
        <translation>%1 has no position to start the replay at</translation>
    </message>
    <message>
        <source>Live positions</source>
        <translation>Live positions</translation>
    </message>
    <message>
        <source>The desk opens without these live positions:

%1</source>
        <translation>The desk opens without these live positions:

%1</translation>
    </message>
    <message>
        <source>Work on this store: a file, or a centre&apos;s server as postgresql://user@host/database (default: the embedded demo store).</source>
        <translation>Work on this store: a file, or a centre&apos;s server as postgresql://user@host/database (default: the embedded demo store).</translation>
    </message>
    <message>
        <source>The store is readable by others</source>
        <translation>The store is readable by others</translation>
    </message>
    <message>
        <source>The store could not be read: %1

Run dispatchctl check on it and call the administrator; nothing was changed.</source>
        <translation>The store could not be read: %1

Run dispatchctl check on it and call the administrator; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read the event log&apos;s key</source>
        <translation>Cannot read the event log&apos;s key</translation>
    </message>
    <message>
        <source>The store&apos;s guards were changed outside the workstation and have been made again: %1. Tell the administrator; dispatchctl check lists it.</source>
        <translation>The store&apos;s guards were changed outside the workstation and have been made again: %1. Tell the administrator; dispatchctl check lists it.</translation>
    </message>
    <message>
        <source>The store was changed outside the workstation</source>
        <translation>The store was changed outside the workstation</translation>
    </message>
    <message>
        <source>Take the telephone system&apos;s calls over TCP on HOST:PORT (JSON Lines: ringing, answered, location, ended; see the README).</source>
        <translation>Take the telephone system&apos;s calls over TCP on HOST:PORT (JSON Lines: ringing, answered, location, ended; see the README).</translation>
    </message>
    <message>
        <source>Numbers the centre watches (&quot;number,note&quot; per line), said when they ring.</source>
        <translation>Numbers the centre watches (&quot;number,note&quot; per line), said when they ring.</translation>
    </message>
    <message>
        <source>taking the telephone system&apos;s calls on port %1</source>
        <translation>taking the telephone system&apos;s calls on port %1</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>The desk opens without these parts of the telephone feed:

%1</source>
        <translation>The desk opens without these parts of the telephone feed:

%1</translation>
    </message>
    <message>
        <source>the watch list is said when a number rings: it needs --cti-listen</source>
        <translation>the watch list is said when a number rings: it needs --cti-listen</translation>
    </message>
</context>
</TS>
