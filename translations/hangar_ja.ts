<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>hangar::app</name>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="53"/>
        <source>Opaque values are hex digits (0-9, a-f), e.g. &quot;0a ff 10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="55"/>
        <source>Opaque values need two hex digits per byte; &quot;%1&quot; has an odd count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="70"/>
        <source>&quot;%1&quot; is not a date-time; use e.g. 2024-05-17T08:30:00Z or seconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="79"/>
        <source>Object links are written &quot;object:instance&quot;, e.g. 3:0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="83"/>
        <source>Object link ids go from 0 to 65535; &quot;%1&quot; is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="105"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="105"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="147"/>
        <source>This resource holds no value; it can only be executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="156"/>
        <source>&quot;%1&quot; is not a whole number; enter e.g. -12 or 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="163"/>
        <source>&quot;%1&quot; is not a whole number of 0 or more; enter e.g. 0 or 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="169"/>
        <source>&quot;%1&quot; is not a number; enter e.g. 21.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="178"/>
        <source>&quot;%1&quot; is not a boolean; enter true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="187"/>
        <source>Unknown resource type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="195"/>
        <source>A whole number, e.g. -12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="197"/>
        <source>A whole number of 0 or more, e.g. 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="199"/>
        <source>A decimal number, e.g. 21.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="201"/>
        <source>true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="203"/>
        <source>Hex bytes, e.g. 0a ff 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="205"/>
        <source>A date and time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="207"/>
        <source>object:instance, e.g. 3:0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="210"/>
        <source>Any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="73"/>
        <source>Endpoint</source>
        <translation type="unfinished">エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="75"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="77"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="79"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="83"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="85"/>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="87"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="89"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="91"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="118"/>
        <source>Unknown field “%1:”; use status, model, fw, tag, ep, serial or ip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="129"/>
        <source>Unknown status “%1”; use online, sleeping or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="140"/>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::ActivityModel</name>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="57"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="59"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="61"/>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="63"/>
        <source>Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="65"/>
        <source>Cancel observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="67"/>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="86"/>
        <source>queued until the device wakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="86"/>
        <source>pending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="88"/>
        <source>done in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="89"/>
        <source>done in %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="91"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="132"/>
        <source>Time</source>
        <translation type="unfinished">時刻</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="134"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="136"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="138"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::ApiTokenBox</name>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="49"/>
        <source>Token copied to the clipboard.</source>
        <translation>トークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="72"/>
        <source>Regenerate API token</source>
        <translation>API トークンの再生成</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="73"/>
        <source>Scripts and integrations using the current token stop working until they get the new one. Regenerate the token?</source>
        <translation>現在のトークンを使うスクリプトや連携は、新しいトークンを設定するまで動作しなくなります。トークンを再生成しますか?</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="87"/>
        <source>Could not regenerate the token: %1</source>
        <translation>トークンを再生成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="91"/>
        <source>A new token is in force; the old one no longer works.</source>
        <translation>新しいトークンが有効になりました。古いトークンは使えません。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="104"/>
        <source>REST API token</source>
        <translation>REST API トークン</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="105"/>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="106"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="106"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="107"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="108"/>
        <source>Regenerate…</source>
        <translation>再生成…</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="110"/>
        <source>The REST API is off. Turn it on under Endpoints (takes effect on restart).</source>
        <translation>REST API はオフです。「エンドポイント」で有効にしてください (再起動後に反映)。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="114"/>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. Stored in %1.</source>
        <translation>「Authorization: Bearer &lt;token&gt;」として送信してください。保存先: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::BulkProgressPanel</name>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="74"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="75"/>
        <source>Bulk action progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="76"/>
        <source>Failed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="88"/>
        <source>%1: %2 of %3 done, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="90"/>
        <source>%1: cancelled after %2 of %3, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="92"/>
        <source>%1: all %2 done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="102"/>
        <source>… more failures are shown in the Result column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="106"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::ChartRange</name>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="24"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="25"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="26"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="27"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="28"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::CountListModel</name>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Devices</source>
        <translation type="unfinished">デバイス</translation>
    </message>
</context>
<context>
    <name>hangar::app::DashboardView</name>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="128"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="139"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="128"/>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="128"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="128"/>
        <source>Known devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="133"/>
        <source>Devices online since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="134"/>
        <source>Firmware versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="135"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="136"/>
        <source>Latest &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="137"/>
        <source>Devices online over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="138"/>
        <source>Devices per firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="140"/>
        <source>Devices</source>
        <translation type="unfinished">デバイス</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="141"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="142"/>
        <source>Latest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="230"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="232"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="230"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="232"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceDetailView</name>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="157"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="158"/>
        <source>O&amp;bjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="159"/>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="160"/>
        <source>Device detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="168"/>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="172"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="175"/>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="176"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceFeed</name>
    <message>
        <location filename="../app/inventory/device_feed.cpp" line="78"/>
        <source>The device list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceOverview</name>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="92"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="94"/>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="96"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="123"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="124"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="125"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="126"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Firmware version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>LwM2M version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>Lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Binding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Registered objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Registered at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Last seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Peer address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Battery level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="143"/>
        <source>Battery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="152"/>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="156"/>
        <source>unknown object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="160"/>
        <source>%1 (/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="161"/>
        <source>%1 (/%2), instances %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="168"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="172"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="187"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="189"/>
        <source>%1, queue mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="200"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="205"/>
        <source>%1 % (reported %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceTableModel</name>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="22"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="24"/>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="28"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="46"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="48"/>
        <source>%1 %2</source>
        <comment>last seen: date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="54"/>
        <source>%1 s</source>
        <comment>lifetime in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DevicesView</name>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="188"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="189"/>
        <source>Load every device again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="190"/>
        <source>Open device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="191"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="192"/>
        <source>Read the Device object (/3/0) of the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="193"/>
        <source>Reboot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="194"/>
        <source>Reboot the selected devices (execute /3/0/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="195"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="196"/>
        <source>Add or remove tags on the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="197"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="198"/>
        <source>Save the selected devices (or all shown) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="199"/>
        <source>Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="200"/>
        <source>Remove the selected devices and their data (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="202"/>
        <source>Search: status:offline model:pump fw:1.2 tag:north plant3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="203"/>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="204"/>
        <source>Words match endpoint, model, serial and tags. Fields: status:, model:, fw:, tag:, ep:, serial:, ip:. Quote values with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="206"/>
        <source>Devices</source>
        <translation type="unfinished">デバイス</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="207"/>
        <source>Loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="208"/>
        <source>Loading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="210"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="211"/>
        <source>Stop loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="240"/>
        <source>%1 of %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="39"/>
        <source>Reading /3/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="46"/>
        <source>Read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="48"/>
        <source>Read %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="60"/>
        <source>Reboot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="61"/>
        <source>Reboot %n device(s)? They are offline until they register again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="66"/>
        <source>Rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="73"/>
        <source>Reboot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="75"/>
        <source>Reboot requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="87"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="88"/>
        <source>Tags to add to %n device(s), separated by spaces or commas. Prefix a tag with - to remove it (e.g. north -south):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="102"/>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="114"/>
        <source>Tagging failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="116"/>
        <source>Tags changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="117"/>
        <source>Tags unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="128"/>
        <source>Forget devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="129"/>
        <source>Forget %n device(s)? Their credentials, cached values and telemetry are deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="134"/>
        <source>Forgetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="140"/>
        <source>Forget failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="143"/>
        <source>Forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="151"/>
        <source>Export devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="183"/>
        <source>Exporting %1 devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="192"/>
        <source>Exported %1 devices to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="193"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::DiscoverDialog</name>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="16"/>
        <source>Discover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="20"/>
        <source>Discovered links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="38"/>
        <source>The answer is not valid link format (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="44"/>
        <source>Link-format answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="46"/>
        <source>Answer as received:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryModel</name>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="80"/>
        <source>Time</source>
        <translation type="unfinished">時刻</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="82"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="84"/>
        <source>Details</source>
        <translation type="unfinished">詳細</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryView</name>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="107"/>
        <source>Device events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="115"/>
        <source>Events could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="118"/>
        <source>Events of this device, newest first: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::EventLogModel</name>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="100"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="102"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="104"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="106"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventsView</name>
    <message>
        <location filename="../app/events/events_view.cpp" line="85"/>
        <source>Could not read the event log: %1</source>
        <translation>イベントログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="129"/>
        <source>Filter events (type, endpoint or details)</source>
        <translation>イベントを絞り込み (種類、エンドポイント、詳細)</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="130"/>
        <source>Filter events</source>
        <translation>イベントの絞り込み</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="131"/>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="140"/>
        <source>%L1 events</source>
        <translation>%L1 件のイベント</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="141"/>
        <source>%L1 of %L2 events</source>
        <translation>%L2 件中 %L1 件のイベント</translation>
    </message>
</context>
<context>
    <name>hangar::app::FaultControls</name>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="123"/>
        <location filename="../app/simulator/fault_controls.cpp" line="142"/>
        <location filename="../app/simulator/fault_controls.cpp" line="159"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="157"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="160"/>
        <source>Packet &amp;loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="161"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="162"/>
        <source>Packet loss in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="163"/>
        <source>Added la&amp;tency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="164"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="165"/>
        <source>Added latency in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="166"/>
        <source>&amp;Reboot loop every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="167"/>
        <location filename="../app/simulator/fault_controls.cpp" line="171"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="168"/>
        <source>off</source>
        <translation type="unfinished">オフ</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="169"/>
        <source>Reboot loop interval in seconds, 0 for off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="170"/>
        <source>Network partition &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="172"/>
        <source>Partition length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="173"/>
        <source>&amp;Partition now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="174"/>
        <source>Drop every packet between the devices and the server from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="267"/>
        <source>The faults could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="284"/>
        <source>A partition starts in %L1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="285"/>
        <source>Partitioned: the link is down for another %L1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::FirstRun</name>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="43"/>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="50"/>
        <source>Welcome to Hangar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="51"/>
        <source>Start a demo fleet of %L1 simulated plant devices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="56"/>
        <source>They run inside Hangar and register with its engine, so the device list fills within seconds. You can stop them at any time in the Simulator view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetCounters</name>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="84"/>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="85"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="86"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="87"/>
        <source>requests served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="88"/>
        <source>notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="89"/>
        <source>retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="90"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="92"/>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="104"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetForm</name>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="184"/>
        <source>&amp;Built-in profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="185"/>
        <source>Scenario &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="186"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="189"/>
        <source>&amp;Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="190"/>
        <source>&amp;Endpoint prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="191"/>
        <source>Devices are named prefix-0001, prefix-0002, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="192"/>
        <source>Start &amp;ramp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="193"/>
        <source> devices/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="194"/>
        <source>all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="195"/>
        <source>Start ramp in devices per second, 0 for all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="196"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="197"/>
        <source>None (plain CoAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="198"/>
        <source>DTLS with pre-shared keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="200"/>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="201"/>
        <source>Path to a scenario JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="202"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="203"/>
        <source>Use the servers named in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="205"/>
        <location filename="../app/simulator/fleet_form.cpp" line="254"/>
        <source>This scenario cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="207"/>
        <source>Ready to start %1 (devices: %L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="211"/>
        <source>Choose a scenario file (format: device-sim/scenario/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="213"/>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="217"/>
        <source>Hangar&apos;s own engine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="218"/>
        <source>Another LwM2M server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="219"/>
        <source>Server URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="253"/>
        <source>Choose a scenario file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="259"/>
        <source>The endpoint prefix may contain letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="276"/>
        <source>Enter the server&apos;s URI, for example coap://192.0.2.10:5683.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="283"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="284"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="304"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetLauncher</name>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="30"/>
        <source>A fleet is already being started; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="35"/>
        <source>Checking the fleet and resolving the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="85"/>
        <source>Importing device keys into the engine (%L1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="103"/>
        <source>Starting simulated devices (%L1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="132"/>
        <source>The fleet could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::GroupStatsModel</name>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="104"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="105"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="106"/>
        <source>Devices</source>
        <translation type="unfinished">デバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="107"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="108"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="109"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="110"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="111"/>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="112"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="120"/>
        <source>Devices in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="121"/>
        <source>Devices that registered at least once since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="122"/>
        <source>Devices holding a registration now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="123"/>
        <source>Server requests the devices answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="124"/>
        <source>Observe notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="125"/>
        <source>Confirmable messages sent again, as the group&apos;s relay saw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="126"/>
        <source>Failed registration exchanges (Register, Update, timeouts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::MainWindow</name>
    <message>
        <location filename="../app/shell/main_window.cpp" line="24"/>
        <source>Device details</source>
        <translation>デバイスの詳細</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="127"/>
        <source>About Hangar</source>
        <translation>Hangar について</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="128"/>
        <source>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;Self-hosted LwM2M device management: register, watch and manage a fleet of devices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;セルフホスト型の LwM2M デバイス管理: デバイスのフリートを登録・監視・管理します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="150"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="157"/>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="162"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="165"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="166"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="171"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="172"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="173"/>
        <source>&amp;About Hangar</source>
        <translation>Hangar について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="174"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="175"/>
        <source>Open devices</source>
        <translation>開いているデバイス</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="30"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="37"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="39"/>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="46"/>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="55"/>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="62"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="64"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>hangar::app::ObjectBrowser</name>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="175"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="177"/>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="177"/>
        <source>Read the selected node from the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="178"/>
        <source>&amp;Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="178"/>
        <source>Write a new value to the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="179"/>
        <source>E&amp;xecute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="179"/>
        <source>Execute the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="180"/>
        <source>&amp;Observe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="180"/>
        <source>Observe the selected node with notification attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="181"/>
        <source>&amp;Cancel observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="181"/>
        <source>Stop observing the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="182"/>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="182"/>
        <source>Ask the device which resources and attributes it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="183"/>
        <source>Re&amp;fresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="183"/>
        <source>Read the value cache and every object again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="184"/>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="184"/>
        <source>Chart the observed values of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="185"/>
        <source>Object actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="186"/>
        <source>Objects and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="187"/>
        <source>Request activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="188"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="211"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="283"/>
        <source>Execute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="284"/>
        <source>&amp;Arguments (optional, e.g. 0=&apos;on&apos;,1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="285"/>
        <source>E&amp;xecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="21"/>
        <source>queued until the device wakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="81"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="89"/>
        <source>values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="95"/>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="106"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="112"/>
        <source>executing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="115"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="121"/>
        <source>starting observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="131"/>
        <source>observation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="138"/>
        <source>cancelling observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="143"/>
        <source>observation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="150"/>
        <source>discovering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="158"/>
        <source>links: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::ObjectTreeModel</name>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="239"/>
        <source>The device did not report this resource when it was last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="273"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="275"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="277"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="279"/>
        <source>Type</source>
        <translation type="unfinished">種類</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="281"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="283"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="388"/>
        <location filename="../app/detail/object_tree_model.cpp" line="393"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="389"/>
        <source>Unknown object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="391"/>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="394"/>
        <source>Unknown resource (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="396"/>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="404"/>
        <location filename="../app/detail/object_tree_model.cpp" line="411"/>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="409"/>
        <source>observed, last value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="413"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="431"/>
        <source>%1 (multiple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="438"/>
        <source>R</source>
        <comment>access: read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="440"/>
        <source>W</source>
        <comment>access: write</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="442"/>
        <source>RW</source>
        <comment>access: read and write</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="444"/>
        <source>E</source>
        <comment>access: execute</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::ObserveDialog</name>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="37"/>
        <source>Observe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="38"/>
        <source>Minimum period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="39"/>
        <source>Maximum period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="40"/>
        <source>Notify when greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="41"/>
        <source>Notify when less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="42"/>
        <source>Notify on a change of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="45"/>
        <source>Minimum period (&amp;pmin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="46"/>
        <source>Maximum period (p&amp;max):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="47"/>
        <source>&amp;Greater than (gt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="48"/>
        <source>&amp;Less than (lt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="49"/>
        <source>&amp;Step (st):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="50"/>
        <source>Leave a field unset to keep the device&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="59"/>
        <source>&amp;Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="75"/>
        <location filename="../app/detail/observe_dialog.cpp" line="84"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="76"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="113"/>
        <source>%1 must be a number, e.g. 21.5; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="119"/>
        <source>st must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="121"/>
        <source>pmax must not be shorter than pmin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::PlaceholderPage</name>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="42"/>
        <source>Firmware updates and update campaigns arrive with a coming release.</source>
        <translation>ファームウェア更新と更新キャンペーンは今後のリリースで提供されます。</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="49"/>
        <source>Bootstrap and device provisioning arrive with a coming release.</source>
        <translation>ブートストラップとデバイスのプロビジョニングは今後のリリースで提供されます。</translation>
    </message>
</context>
<context>
    <name>hangar::app::ProfileNames</name>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="15"/>
        <source>Mixed plant fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="16"/>
        <source>Temperature and humidity sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="17"/>
        <source>Pump controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="18"/>
        <source>Energy meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="19"/>
        <source>Asset tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="20"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::RecentEventsModel</name>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="72"/>
        <source>Time</source>
        <translation type="unfinished">時刻</translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="73"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="74"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesLabel</name>
    <message>
        <location filename="../app/charts/series_label.cpp" line="32"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_label.cpp" line="34"/>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_label.cpp" line="36"/>
        <source>%1 · %2 %3 [%4]</source>
        <extracomment>endpoint · resource name, path [unit]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesListModel</name>
    <message>
        <location filename="../app/charts/series_list_model.cpp" line="33"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesLoader</name>
    <message>
        <location filename="../app/charts/series_loader.cpp" line="65"/>
        <source>%1 is not a resource path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_loader.cpp" line="80"/>
        <source>Reading %1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesPicker</name>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="54"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="55"/>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="56"/>
        <source>&amp;Add to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="57"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="58"/>
        <source>Numeric resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="59"/>
        <source>Endpoint</source>
        <translation type="unfinished">エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="60"/>
        <source>/3303/0/5700</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::SettingsView</name>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="147"/>
        <location filename="../app/settings/settings_view.cpp" line="233"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="158"/>
        <source>&quot;%1&quot; is not an address: write HOST:PORT such as 127.0.0.1:5683 or [::1]:5683, or off.</source>
        <translation>「%1」はアドレスではありません。127.0.0.1:5683 や [::1]:5683 のような HOST:PORT、または off と入力してください。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="174"/>
        <source>Saved. Hangar uses it from the next start.</source>
        <translation>保存しました。次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="186"/>
        <location filename="../app/settings/settings_view.cpp" line="221"/>
        <location filename="../app/settings/settings_view.cpp" line="224"/>
        <source>Data directory</source>
        <translation>データディレクトリ</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="202"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="203"/>
        <source>CoAP (plain):</source>
        <translation>CoAP (暗号化なし):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="204"/>
        <source>CoAPS (DTLS-PSK):</source>
        <translation>CoAPS (DTLS-PSK):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="205"/>
        <source>REST API:</source>
        <translation>REST API:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="206"/>
        <source>CoAP endpoint</source>
        <translation>CoAP エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="207"/>
        <source>CoAPS endpoint</source>
        <translation>CoAPS エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="208"/>
        <source>REST API endpoint</source>
        <translation>REST API エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="210"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="215"/>
        <source>HOST:PORT or off; port 0 picks a free port. Changes take effect when Hangar restarts. Listening now: CoAP %1, CoAPS %2, REST API %3.</source>
        <translation>HOST:PORT または off。ポート 0 は空いているポートを選びます。変更は Hangar の再起動後に反映されます。現在の待ち受け: CoAP %1、CoAPS %2、REST API %3。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="222"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="223"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="225"/>
        <source>Holds the device database, the API token and extra object models. Changes take effect when Hangar restarts; the data is not moved. In use now: %1</source>
        <translation>デバイスのデータベース、API トークン、追加のオブジェクトモデルを保存します。変更は Hangar の再起動後に反映され、データは移動されません。現在の場所: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="230"/>
        <location filename="../app/settings/settings_view.cpp" line="231"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="232"/>
        <source>User interface:</source>
        <translation>ユーザーインターフェース:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="234"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="235"/>
        <source>Hangar follows the light or dark theme of your desktop.</source>
        <translation>Hangar はデスクトップのライト/ダークテーマに従います。</translation>
    </message>
</context>
<context>
    <name>hangar::app::SimulatorPanel</name>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="99"/>
        <source>Start cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="108"/>
        <source>No fleet is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="129"/>
        <source>New fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="130"/>
        <source>&amp;Start fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="131"/>
        <source>Start the simulated devices described above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="132"/>
        <source>Faults (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="133"/>
        <source>Live counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="134"/>
        <source>Counters per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="135"/>
        <source>Fleet progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="176"/>
        <location filename="../app/simulator/simulator_panel.cpp" line="193"/>
        <source>De-registering the devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="186"/>
        <source>Simulated devices running: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="219"/>
        <source>Stopped. Devices de-registered: %L1; %L2 did not answer in time and were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="224"/>
        <source>Stopped. Devices de-registered: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="237"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="237"/>
        <source>S&amp;top fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="238"/>
        <source>Abandon starting the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="239"/>
        <source>De-register every simulated device and stop the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="252"/>
        <source>%v of %m registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="257"/>
        <source>%v of %m de-registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::Startup</name>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="16"/>
        <source>Hangar cannot create its data directory.</source>
        <translation>Hangar はデータディレクトリを作成できません。</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="18"/>
        <source>The device server could not start.</source>
        <translation>デバイスサーバーを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="20"/>
        <source>The REST API could not start.</source>
        <translation>REST API を起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="29"/>
        <location filename="../app/shell/startup_messages.cpp" line="41"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="30"/>
        <source>%1

Another program (or another Hangar) may be using the port. Continue with ports chosen automatically?</source>
        <translation>%1

別のプログラム (または別の Hangar) がポートを使用している可能性があります。自動で選んだポートで続行しますか?</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="33"/>
        <source>Continue with automatic ports</source>
        <translation>自動ポートで続行</translation>
    </message>
</context>
<context>
    <name>hangar::app::StatusMonitor</name>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="87"/>
        <source>CoAP %1</source>
        <translation>CoAP %1</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="89"/>
        <source>CoAPS %1</source>
        <translation>CoAPS %1</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="91"/>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="92"/>
        <source>No endpoint is listening</source>
        <translation>待ち受け中のエンドポイントはありません</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="93"/>
        <source>Listening: %1</source>
        <translation>待ち受け: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="96"/>
        <source>Devices: …</source>
        <translation>デバイス: …</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="100"/>
        <source>Devices: %L1 online of %L2</source>
        <translation>デバイス: %L2 台中 %L1 台オンライン</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="101"/>
        <source>%L1 sleeping (queue mode)</source>
        <translation>%L1 台スリープ中 (キューモード)</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="102"/>
        <source>Ingest: %L1 writes/s</source>
        <translation>取り込み: %L1 件/秒</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="103"/>
        <source>Values, registrations and events committed to the store per second</source>
        <translation>1 秒あたりにストアへ確定された値・登録・イベントの数</translation>
    </message>
</context>
<context>
    <name>hangar::app::TelemetryChart</name>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="108"/>
        <source>Telemetry chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="110"/>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, F follows the newest samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="111"/>
        <source>Time</source>
        <translation type="unfinished">時刻</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="312"/>
        <source>Only the oldest %L1 samples of %2 %3 are shown: choose a shorter range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="317"/>
        <source>Loading was cancelled: the chart shows the samples read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="464"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::TelemetryView</name>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="157"/>
        <source>&amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="158"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="159"/>
        <source>Series on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="160"/>
        <source>Ra&amp;nge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="163"/>
        <location filename="../app/charts/telemetry_view.cpp" line="164"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="165"/>
        <location filename="../app/charts/telemetry_view.cpp" line="166"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="167"/>
        <source>Show</source>
        <translation type="unfinished">表示</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="168"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="169"/>
        <source>Keep the newest samples in view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="170"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="171"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="172"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="173"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="174"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="175"/>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="176"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="177"/>
        <source>Save the samples in view as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="178"/>
        <source>Loading samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="241"/>
        <source>The range must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="250"/>
        <source>Save chart image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="251"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="254"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="255"/>
        <source>Could not write %1: choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="261"/>
        <source>Save samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="262"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hangar::app::WriteValueDialog</name>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="20"/>
        <source>Write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="25"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="26"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="49"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="50"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="51"/>
        <source>Type: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="60"/>
        <source>Input error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="64"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
