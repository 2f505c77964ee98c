<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>StoreUpgrade</name>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="28"/>
        <source>Upgrading the device database to this version of Hangar…
This happens once; a large database can take a few minutes.</source>
        <translation>デバイスデータベースをこのバージョンの Hangar 用に更新しています…
これは一度だけ行われます。大きなデータベースでは数分かかることがあります。</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="31"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="32"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="42"/>
        <source>Cancelling: the database stays as it was…</source>
        <translation>キャンセルしています。データベースは元のまま残ります…</translation>
    </message>
</context>
<context>
    <name>hangar::app::ActivityModel</name>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="59"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="61"/>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="63"/>
        <source>Execute</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="65"/>
        <source>Observe</source>
        <translation>監視</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="67"/>
        <source>Cancel observation</source>
        <translation>監視の解除</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="69"/>
        <source>Discover</source>
        <translation>ディスカバー</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="71"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="73"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="92"/>
        <source>queued until the device wakes</source>
        <translation>デバイスの起動まで待機中</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="92"/>
        <source>pending…</source>
        <translation>保留中…</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="94"/>
        <source>done in %1 ms</source>
        <translation>%1 ms で完了</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="95"/>
        <source>done in %1 ms: %2</source>
        <translation>%1 ms で完了: %2</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="97"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="138"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="140"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="142"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="144"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>hangar::app::ApiTokenBox</name>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="50"/>
        <source>Token copied to the clipboard.</source>
        <translation>トークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="74"/>
        <source>Regenerate API token</source>
        <translation>API トークンの再生成</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="75"/>
        <source>Scripts and integrations using the current token stop working until they get the new one. Regenerate the token?</source>
        <translation>現在のトークンを使うスクリプトや連携は、新しいトークンを設定するまで動作しなくなります。トークンを再生成しますか?</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="89"/>
        <source>Could not regenerate the token: %1</source>
        <translation>トークンを再生成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="94"/>
        <source>A new token is in force; the old one no longer works.</source>
        <translation>新しいトークンが有効になりました。古いトークンは使えません。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="108"/>
        <source>REST API token</source>
        <translation>REST API トークン</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="109"/>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="110"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="110"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="111"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="112"/>
        <source>Regenerate…</source>
        <translation>再生成…</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="114"/>
        <source>The REST API is off. Turn it on under Endpoints (takes effect on restart).</source>
        <translation>REST API はオフです。「エンドポイント」で有効にしてください (再起動後に反映)。</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="118"/>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. Stored in %1.</source>
        <translation>「Authorization: Bearer &lt;token&gt;」として送信してください。保存先: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::BulkProgressPanel</name>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="73"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="74"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="75"/>
        <source>Bulk action progress</source>
        <translation>一括操作の進行状況</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="76"/>
        <source>Failed devices</source>
        <translation>失敗したデバイス</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="88"/>
        <source>%1: %2 of %3 done, %4 failed</source>
        <translation>%1: %3 件中 %2 件完了、%4 件失敗</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="90"/>
        <source>%1: cancelled after %2 of %3, %4 failed</source>
        <translation>%1: %3 件中 %2 件の時点で中止、%4 件失敗</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="92"/>
        <source>%1: all %2 done, %3 failed</source>
        <translation>%1: 全 %2 件完了、%3 件失敗</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="102"/>
        <source>… more failures are shown in the Result column</source>
        <translation>… その他の失敗は「結果」列に表示されます</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hangar::app::ChartRange</name>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="24"/>
        <source>Last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="25"/>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="26"/>
        <source>Last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="27"/>
        <source>Last 7 days</source>
        <translation>直近 7 日間</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="28"/>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
</context>
<context>
    <name>hangar::app::CountListModel</name>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
</context>
<context>
    <name>hangar::app::CreateInstanceDialog</name>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="36"/>
        <source>Create an instance of %1</source>
        <translation>%1 のインスタンスを作成</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="41"/>
        <source>New instance id</source>
        <translation>新しいインスタンス ID</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="42"/>
        <source>&amp;Instance id:</source>
        <translation>インスタンス ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="43"/>
        <source>Let the &amp;device choose the id</source>
        <translation>ID をデバイスに任せる(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="44"/>
        <source>Let the device choose the instance id</source>
        <translation>インスタンス ID をデバイスに任せる</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="55"/>
        <source>%1 (required)</source>
        <translation>%1 (必須)</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="56"/>
        <source>Type: %1. %2</source>
        <translation>型: %1。%2</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="60"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="60"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="66"/>
        <source>The object has no writable resources to set; the device fills in its defaults.</source>
        <translation>このオブジェクトには設定できる書き込み可能なリソースがありません。デバイスが既定値を使います。</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="67"/>
        <location filename="../app/detail/create_instance_dialog.cpp" line="118"/>
        <source>Initial values of the writable resources; leave a field empty to let the device use its default. Fields marked * are required.</source>
        <translation>書き込み可能なリソースの初期値です。空欄にするとデバイスの既定値が使われます。* の付いた項目は必須です。</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="78"/>
        <source>Input error</source>
        <translation>入力エラー</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="82"/>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="115"/>
        <source>When the device chooses the id, the instance starts with the device&apos;s defaults; write values once it exists.</source>
        <translation>ID をデバイスに任せると、インスタンスはデバイスの既定値で始まります。作成後に値を書き込んでください。</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="140"/>
        <source>Instance %1 exists already; pick another id or let the device choose.</source>
        <translation>インスタンス %1 はすでに存在します。別の ID を選ぶか、デバイスに任せてください。</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="148"/>
        <source>%1 is required for a new instance.</source>
        <translation>新しいインスタンスには %1 が必要です。</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hangar::app::DashboardView</name>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Sleeping</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Known devices</source>
        <translation>既知のデバイス</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="149"/>
        <source>Firmware versions</source>
        <translation>ファームウェアバージョン</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="150"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="151"/>
        <source>Latest &amp;events</source>
        <translation>最新のイベント(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="148"/>
        <source>Registrations, last 24 hours</source>
        <translation>登録数（過去 24 時間）</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="152"/>
        <source>Registrations per 15 minutes over the last 24 hours</source>
        <translation>過去 24 時間の 15 分ごとの登録数</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="153"/>
        <source>Devices per firmware version</source>
        <translation>ファームウェアバージョン別デバイス数</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="154"/>
        <source>Registrations</source>
        <translation>登録数</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="155"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="156"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="157"/>
        <source>Latest events</source>
        <translation>最新のイベント</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="257"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="262"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="257"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="262"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceDetailView</name>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="157"/>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="158"/>
        <source>O&amp;bjects</source>
        <translation>オブジェクト(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="159"/>
        <source>E&amp;vents</source>
        <translation>イベント(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="160"/>
        <source>Device detail</source>
        <translation>デバイスの詳細</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="168"/>
        <source>not available: %1</source>
        <translation>利用できません: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="172"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="175"/>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="176"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceFeed</name>
    <message>
        <location filename="../app/inventory/device_feed.cpp" line="78"/>
        <source>The device list could not be loaded: %1</source>
        <translation>デバイス一覧を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceFilter</name>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="119"/>
        <source>Unknown field “%1:”; use status, model, fw, tag, ep, serial or ip.</source>
        <translation>不明なフィールド「%1:」です。status、model、fw、tag、ep、serial、ip のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="130"/>
        <source>Unknown status “%1”; use online, sleeping or offline.</source>
        <translation>不明な状態「%1」です。online、sleeping、offline のいずれかを使ってください。</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="141"/>
        <source>A quote is not closed.</source>
        <translation>引用符が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceOverview</name>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="92"/>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="94"/>
        <source>sleeping</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="96"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="123"/>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="124"/>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="125"/>
        <source>Connectivity</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="126"/>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Manufacturer:</source>
        <translation>メーカー:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Firmware version:</source>
        <translation>ファームウェアバージョン:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>LwM2M version:</source>
        <translation>LwM2M バージョン:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>Lifetime:</source>
        <translation>ライフタイム:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Binding:</source>
        <translation>バインディング:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Registered objects:</source>
        <translation>登録済みオブジェクト:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Registered at:</source>
        <translation>登録日時:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Last seen:</source>
        <translation>最終確認:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Peer address:</source>
        <translation>ピアアドレス:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Battery level:</source>
        <translation>バッテリー残量:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="143"/>
        <source>Battery level</source>
        <translation>バッテリー残量</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="152"/>
        <source>unreadable (%1)</source>
        <translation>読み取り不可 (%1)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="156"/>
        <source>unknown object</source>
        <translation>不明なオブジェクト</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="160"/>
        <source>%1 (/%2)</source>
        <translation>%1 (/%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="161"/>
        <source>%1 (/%2), instances %3</source>
        <translation>%1 (/%2)、インスタンス %3</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="168"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="172"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="187"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="189"/>
        <source>%1, queue mode</source>
        <translation>%1、キューモード</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="200"/>
        <source>not reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="205"/>
        <source>%1 % (reported %2)</source>
        <translation>%1 % (報告日時 %2)</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceTableModel</name>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="23"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="25"/>
        <source>Sleeping</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="29"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="47"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="49"/>
        <source>%1 %2</source>
        <comment>last seen: date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="55"/>
        <source>%1 s</source>
        <comment>lifetime in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="74"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="76"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="78"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="80"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="82"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="84"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="86"/>
        <source>Lifetime</source>
        <translation>ライフタイム</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="88"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="90"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="92"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>hangar::app::DevicesView</name>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="189"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="190"/>
        <source>Load every device again (F5)</source>
        <translation>すべてのデバイスを再読み込み (F5)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="191"/>
        <source>Open device</source>
        <translation>デバイスを開く</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="192"/>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="193"/>
        <source>Read the Device object (/3/0) of the selected devices</source>
        <translation>選択したデバイスの Device オブジェクト (/3/0) を読み取る</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="194"/>
        <source>Reboot…</source>
        <translation>再起動…</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="195"/>
        <source>Reboot the selected devices (execute /3/0/4)</source>
        <translation>選択したデバイスを再起動 (/3/0/4 を実行)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="196"/>
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="197"/>
        <source>Add or remove tags on the selected devices</source>
        <translation>選択したデバイスのタグを追加・削除</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="198"/>
        <source>Export CSV…</source>
        <translation>CSV エクスポート…</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="199"/>
        <source>Save the selected devices (or all shown) as CSV</source>
        <translation>選択したデバイス (または表示中のすべて) を CSV で保存</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="200"/>
        <source>Forget…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="201"/>
        <source>Remove the selected devices and their data (Delete)</source>
        <translation>選択したデバイスとそのデータを削除 (Delete)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="203"/>
        <source>Search: status:offline model:pump fw:1.2 tag:north plant3</source>
        <translation>検索: status:offline model:pump fw:1.2 tag:north plant3</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="204"/>
        <source>Search devices</source>
        <translation>デバイスを検索</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="205"/>
        <source>Words match endpoint, model, serial and tags. Fields: status:, model:, fw:, tag:, ep:, serial:, ip:. Quote values with spaces.</source>
        <translation>単語はエンドポイント、モデル、シリアル番号、タグに一致します。フィールド: status:、model:、fw:、tag:、ep:、serial:、ip:。空白を含む値は引用符で囲んでください。</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="207"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="208"/>
        <source>Loading devices</source>
        <translation>デバイスを読み込み中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="209"/>
        <source>Loading %1 of %2</source>
        <translation>%2 件中 %1 件を読み込み中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="211"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="212"/>
        <source>Stop loading devices</source>
        <translation>デバイスの読み込みを中止</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="241"/>
        <source>%1 of %2 devices</source>
        <translation>%2 台中 %1 台のデバイス</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="43"/>
        <source>Reading /3/0</source>
        <translation>/3/0 を読み取り中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="50"/>
        <source>Read failed: %1</source>
        <translation>読み取りに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="52"/>
        <source>Read %n value(s)</source>
        <translation>
            <numerusform>%n 個の値を読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="64"/>
        <source>Reboot devices</source>
        <translation>デバイスの再起動</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="65"/>
        <source>Reboot %n device(s)? They are offline until they register again.</source>
        <translation>
            <numerusform>%n 台のデバイスを再起動しますか? 再登録するまでオフラインになります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="71"/>
        <source>Rebooting</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="78"/>
        <source>Reboot failed: %1</source>
        <translation>再起動に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="80"/>
        <source>Reboot requested</source>
        <translation>再起動を要求しました</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="92"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="93"/>
        <source>Tags to add to %n device(s), separated by spaces or commas. Prefix a tag with - to remove it (e.g. north -south):</source>
        <translation>
            <numerusform>%n 台のデバイスに追加するタグ (空白またはカンマ区切り)。先頭に - を付けると削除します (例: north -south):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="108"/>
        <source>Tagging</source>
        <translation>タグを設定中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="123"/>
        <source>Tagging failed: %1</source>
        <translation>タグの設定に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="127"/>
        <source>Tags changed</source>
        <translation>タグを変更しました</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="125"/>
        <source>Tags unchanged</source>
        <translation>タグは変更されていません</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="129"/>
        <source>Tags changed on %1 of %2 devices sent together</source>
        <translation>まとめて送信した %2 台のうち %1 台のタグを変更しました</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="143"/>
        <source>Forget devices</source>
        <translation>デバイスの削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="144"/>
        <source>Forget %n device(s)? Their credentials, cached values and telemetry are deleted.</source>
        <translation>
            <numerusform>%n 台のデバイスを削除しますか? 認証情報、キャッシュされた値、テレメトリも削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="150"/>
        <source>Forgetting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="156"/>
        <source>Forget failed: %1</source>
        <translation>削除に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="159"/>
        <source>Forgotten</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="167"/>
        <source>Export devices</source>
        <translation>デバイスのエクスポート</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="169"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="199"/>
        <source>Exporting %1 devices…</source>
        <translation>%1 台のデバイスをエクスポート中…</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="208"/>
        <source>Exported %1 devices to %2</source>
        <translation>%1 台のデバイスを %2 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="209"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DiscoverDialog</name>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="16"/>
        <source>Discover %1</source>
        <translation>%1 のディスカバー</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="20"/>
        <source>Discovered links</source>
        <translation>検出されたリンク</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="38"/>
        <source>The answer is not valid link format (%1):</source>
        <translation>応答が有効なリンク形式ではありません (%1):</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="44"/>
        <source>Link-format answer</source>
        <translation>リンク形式の応答</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="46"/>
        <source>Answer as received:</source>
        <translation>受信した応答:</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryModel</name>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="80"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="82"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="84"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryView</name>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="106"/>
        <source>Device events</source>
        <translation>デバイスのイベント</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="114"/>
        <source>Events could not be loaded: %1</source>
        <translation>イベントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="117"/>
        <source>Events of this device, newest first: %1</source>
        <translation>このデバイスのイベント (新しい順): %1</translation>
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
        <location filename="../app/simulator/fault_controls.cpp" line="128"/>
        <location filename="../app/simulator/fault_controls.cpp" line="147"/>
        <location filename="../app/simulator/fault_controls.cpp" line="164"/>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="162"/>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="165"/>
        <source>Packet &amp;loss:</source>
        <translation>パケットロス(&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="166"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="167"/>
        <source>Packet loss in percent</source>
        <translation>パケットロス (パーセント)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="168"/>
        <source>Added la&amp;tency:</source>
        <translation>追加レイテンシ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="169"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="170"/>
        <source>Added latency in milliseconds</source>
        <translation>追加レイテンシ (ミリ秒)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="171"/>
        <source>&amp;Reboot loop every:</source>
        <translation>再起動ループの間隔(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="172"/>
        <location filename="../app/simulator/fault_controls.cpp" line="176"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="173"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="174"/>
        <source>Reboot loop interval in seconds, 0 for off</source>
        <translation>再起動ループの間隔 (秒)、0 でオフ</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="175"/>
        <source>Network partition &amp;for:</source>
        <translation>ネットワーク分断の長さ(&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="177"/>
        <source>Partition length in seconds</source>
        <translation>分断の長さ (秒)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="178"/>
        <source>&amp;Partition now</source>
        <translation>今すぐ分断(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="179"/>
        <source>Drop every packet between the devices and the server from now on</source>
        <translation>今からデバイスとサーバー間のすべてのパケットを破棄</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="180"/>
        <source>&amp;End partition</source>
        <translation>分断を終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="181"/>
        <source>Let the packets through again now, before the partition would end</source>
        <translation>分断の終了を待たずに、今すぐパケットを再び通します</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="285"/>
        <source>The faults could not be changed: %1</source>
        <translation>障害設定を変更できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="304"/>
        <source>A partition starts in %L1 s.</source>
        <translation>%L1 s 後に分断が始まります。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="305"/>
        <source>Partitioned: the link is down for another %L1 s.</source>
        <translation>分断中: 接続はあと %L1 s 切断されます。</translation>
    </message>
</context>
<context>
    <name>hangar::app::FirstRun</name>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="43"/>
        <source>Demo fleet</source>
        <translation>デモフリート</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="50"/>
        <source>Welcome to Hangar</source>
        <translation>Hangar へようこそ</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="51"/>
        <source>Start a demo fleet of %L1 simulated plant devices?</source>
        <translation>%L1 台のシミュレートされたプラントデバイスでデモフリートを開始しますか?</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="56"/>
        <source>They run inside Hangar and register with its engine, so the device list fills within seconds. You can stop them at any time in the Simulator view.</source>
        <translation>デバイスは Hangar 内で動作してそのエンジンに登録するため、数秒でデバイス一覧が埋まります。「シミュレーター」ビューでいつでも停止できます。</translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetCounters</name>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="84"/>
        <source>devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="85"/>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="86"/>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="87"/>
        <source>requests served</source>
        <translation>応答したリクエスト</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="88"/>
        <source>notifications sent</source>
        <translation>送信した通知</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="89"/>
        <source>retransmissions</source>
        <translation>再送</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="90"/>
        <source>errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="92"/>
        <source>running for %1</source>
        <translation>稼働時間 %1</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="104"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetForm</name>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="184"/>
        <source>&amp;Built-in profile</source>
        <translation>組み込みプロファイル(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="185"/>
        <source>Scenario &amp;file</source>
        <translation>シナリオファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="186"/>
        <source>Fleet source</source>
        <translation>フリートの定義元</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="187"/>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="190"/>
        <source>&amp;Devices:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="191"/>
        <source>&amp;Endpoint prefix:</source>
        <translation>エンドポイントのプレフィックス(&amp;E):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="192"/>
        <source>Devices are named prefix-0001, prefix-0002, …</source>
        <translation>デバイス名は prefix-0001、prefix-0002、… になります</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="193"/>
        <source>Start &amp;ramp:</source>
        <translation>起動レート(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="194"/>
        <source> devices/s</source>
        <translation> 台/s</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="195"/>
        <source>all at once</source>
        <translation>一斉に起動</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="196"/>
        <source>Start ramp in devices per second, 0 for all at once</source>
        <translation>起動レート (1 秒あたりのデバイス数)、0 で一斉に起動</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="197"/>
        <source>Se&amp;curity:</source>
        <translation>セキュリティ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="198"/>
        <source>None (plain CoAP)</source>
        <translation>なし (平文の CoAP)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="199"/>
        <source>DTLS with pre-shared keys</source>
        <translation>事前共有鍵 (PSK) による DTLS</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="201"/>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="202"/>
        <source>Path to a scenario JSON file</source>
        <translation>シナリオ JSON ファイルのパス</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="203"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="204"/>
        <source>Use the servers named in the file</source>
        <translation>ファイルに記載されたサーバーを使用</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="206"/>
        <location filename="../app/simulator/fleet_form.cpp" line="255"/>
        <source>This scenario cannot be used: %1</source>
        <translation>このシナリオは使用できません: %1</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="208"/>
        <source>Ready to start %1 (devices: %L2).</source>
        <translation>%1 を開始できます (デバイス: %L2)。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="212"/>
        <source>Choose a scenario file (format: device-sim/scenario/README.md).</source>
        <translation>シナリオファイルを選択してください (形式: device-sim/scenario/README.md)。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="214"/>
        <source>Se&amp;rver:</source>
        <translation>サーバー(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="218"/>
        <source>Hangar&apos;s own engine (%1)</source>
        <translation>Hangar 自身のエンジン (%1)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="219"/>
        <source>Another LwM2M server</source>
        <translation>別の LwM2M サーバー</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="220"/>
        <source>Server URI</source>
        <translation>サーバー URI</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="254"/>
        <source>Choose a scenario file first.</source>
        <translation>先にシナリオファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="260"/>
        <source>The endpoint prefix may contain letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;.</source>
        <translation>エンドポイントのプレフィックスには英字、数字、「.」「_」「:」「-」を使用できます。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="277"/>
        <source>Enter the server&apos;s URI, for example coap://192.0.2.10:5683.</source>
        <translation>サーバーの URI を入力してください。例: coap://192.0.2.10:5683</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="284"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="285"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>シナリオファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="305"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetLauncher</name>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="30"/>
        <source>A fleet is already being started; wait for it or cancel it.</source>
        <translation>すでにフリートを起動中です。完了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="35"/>
        <source>Checking the fleet and resolving the server…</source>
        <translation>フリートを確認し、サーバーを解決中…</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="85"/>
        <source>Importing device keys into the engine (%L1)…</source>
        <translation>デバイスの鍵をエンジンにインポート中 (%L1)…</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="103"/>
        <source>Starting simulated devices (%L1)…</source>
        <translation>シミュレートされたデバイスを起動中 (%L1)…</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="132"/>
        <source>The fleet could not start: %1</source>
        <translation>フリートを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::GroupStatsModel</name>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="104"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="105"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="106"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="107"/>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="108"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="109"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="110"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="111"/>
        <source>Retransmissions</source>
        <translation>再送</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="112"/>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="120"/>
        <source>Devices in the group</source>
        <translation>グループ内のデバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="121"/>
        <source>Devices that registered at least once since the start</source>
        <translation>起動以降に 1 回以上登録したデバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="122"/>
        <source>Devices holding a registration now</source>
        <translation>現在登録中のデバイス</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="123"/>
        <source>Server requests the devices answered</source>
        <translation>デバイスが応答したサーバーリクエスト</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="124"/>
        <source>Observe notifications sent</source>
        <translation>送信した監視 (オブザーブ) 通知</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="125"/>
        <source>Confirmable messages sent again, as the group&apos;s relay saw them</source>
        <translation>グループのリレーで観測された、再送された Confirmable メッセージ</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="126"/>
        <source>Failed registration exchanges (Register, Update, timeouts)</source>
        <translation>失敗した登録処理 (Register、Update、タイムアウト)</translation>
    </message>
</context>
<context>
    <name>hangar::app::MainWindow</name>
    <message>
        <location filename="../app/shell/main_window.cpp" line="28"/>
        <source>Device details</source>
        <translation>デバイスの詳細</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="134"/>
        <source>About Hangar</source>
        <translation>Hangar について</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="135"/>
        <source>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;Self-hosted LwM2M device management: register, watch and manage a fleet of devices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;セルフホスト型の LwM2M デバイス管理: デバイスのフリートを登録・監視・管理します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="157"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="164"/>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="167"/>
        <location filename="../app/shell/main_window.cpp" line="270"/>
        <source>Telemetry</source>
        <translation>テレメトリ</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="173"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="174"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="175"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="181"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="182"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="183"/>
        <source>&amp;About Hangar</source>
        <translation>Hangar について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="184"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="185"/>
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
        <location filename="../app/shell/page_factory.cpp" line="47"/>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="57"/>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="64"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="66"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>hangar::app::ObjectBrowser</name>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="187"/>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="187"/>
        <source>Read the selected node from the device</source>
        <translation>選択したノードをデバイスから読み取る</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="188"/>
        <source>&amp;Write…</source>
        <translation>書き込み(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="188"/>
        <source>Write a new value to the selected resource</source>
        <translation>選択したリソースに新しい値を書き込む</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="189"/>
        <source>E&amp;xecute…</source>
        <translation>実行(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="189"/>
        <source>Execute the selected resource</source>
        <translation>選択したリソースを実行</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="190"/>
        <source>&amp;Observe…</source>
        <translation>監視(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="190"/>
        <source>Observe the selected node with notification attributes</source>
        <translation>通知属性を指定して選択したノードを監視</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="191"/>
        <source>&amp;Cancel observation</source>
        <translation>監視の解除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="191"/>
        <source>Stop observing the selected node</source>
        <translation>選択したノードの監視を停止</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="192"/>
        <source>&amp;Discover</source>
        <translation>ディスカバー(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="192"/>
        <source>Ask the device which resources and attributes it has</source>
        <translation>デバイスが持つリソースと属性を問い合わせる</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="193"/>
        <source>Re&amp;fresh all</source>
        <translation>すべて更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="193"/>
        <source>Read the value cache and every object again</source>
        <translation>値キャッシュとすべてのオブジェクトを再読み込み</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="194"/>
        <source>Create &amp;instance…</source>
        <translation>インスタンスを作成(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="194"/>
        <source>Create a new instance of the selected object on the device</source>
        <translation>選択したオブジェクトの新しいインスタンスをデバイス上に作成する</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="195"/>
        <source>De&amp;lete instance</source>
        <translation>インスタンスを削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="195"/>
        <source>Delete the selected object instance on the device</source>
        <translation>選択したオブジェクトインスタンスをデバイス上で削除する</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="196"/>
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="196"/>
        <source>Chart the observed values of the selected resource</source>
        <translation>選択したリソースの監視値をグラフ表示</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="197"/>
        <source>Object actions</source>
        <translation>オブジェクト操作</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="198"/>
        <source>Objects and resources</source>
        <translation>オブジェクトとリソース</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="199"/>
        <source>Request activity</source>
        <translation>リクエストの履歴</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="200"/>
        <source>&amp;Activity</source>
        <translation>履歴(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="301"/>
        <source>Execute %1</source>
        <translation>%1 の実行</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="302"/>
        <source>&amp;Arguments (optional, e.g. 0=&apos;on&apos;,1):</source>
        <translation>引数 (省略可、例: 0=&apos;on&apos;,1)(&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="303"/>
        <source>E&amp;xecute</source>
        <translation>実行(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="21"/>
        <source>queued until the device wakes</source>
        <translation>デバイスの起動まで待機中</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="81"/>
        <source>reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="89"/>
        <source>values: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="95"/>
        <source>writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="106"/>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="112"/>
        <source>executing…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="115"/>
        <source>executed</source>
        <translation>実行しました</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="121"/>
        <source>starting observation…</source>
        <translation>監視を開始中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="131"/>
        <source>observation started</source>
        <translation>監視を開始しました</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="138"/>
        <source>cancelling observation…</source>
        <translation>監視を解除中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="143"/>
        <source>observation cancelled</source>
        <translation>監視を解除しました</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="150"/>
        <source>discovering…</source>
        <translation>ディスカバー中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="158"/>
        <source>links: %1</source>
        <translation>リンク: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="48"/>
        <source>%1 holds a single instance, which exists already; it cannot have another.</source>
        <translation>%1 は単一インスタンスのオブジェクトで、すでに存在します。別のインスタンスは作れません。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="61"/>
        <source>creating instance %1…</source>
        <translation>インスタンス %1 を作成中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="62"/>
        <source>creating an instance (the device picks the id)…</source>
        <translation>インスタンスを作成中 (ID はデバイスが選択)…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="77"/>
        <source>created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="87"/>
        <source>Only object instances can be deleted.</source>
        <translation>削除できるのはオブジェクトインスタンスだけです。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="89"/>
        <source>Security instances belong to the bootstrap server; a management server must not delete them.</source>
        <translation>Security インスタンスはブートストラップサーバーのものです。管理サーバーが削除してはいけません。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="94"/>
        <source>%1 is a mandatory single-instance object: the device must keep its instance.</source>
        <translation>%1 は必須の単一インスタンスオブジェクトです。デバイスはそのインスタンスを保持する必要があります。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="96"/>
        <source>%1 is a mandatory object: the device must keep at least one instance.</source>
        <translation>%1 は必須オブジェクトです。デバイスは少なくとも 1 つのインスタンスを保持する必要があります。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="108"/>
        <source>Delete instance</source>
        <translation>インスタンスを削除</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="109"/>
        <source>Delete %1 on the device? Its resources and values are gone for good.</source>
        <translation>デバイス上の %1 を削除しますか? リソースと値は完全に失われます。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="113"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="126"/>
        <source>deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="137"/>
        <source>deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
</context>
<context>
    <name>hangar::app::ObjectTreeModel</name>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="197"/>
        <source>pmin %1 s</source>
        <translation>pmin %1 秒</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="199"/>
        <source>pmax %1 s</source>
        <translation>pmax %1 秒</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="201"/>
        <source>gt %1</source>
        <translation>gt %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="203"/>
        <source>lt %1</source>
        <translation>lt %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="205"/>
        <source>st %1</source>
        <translation>st %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="206"/>
        <source>the device&apos;s default attributes</source>
        <translation>デバイスの既定の属性</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="206"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="208"/>
        <source>Observed since %1 with %2</source>
        <translation>%1 から監視中 (%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="297"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="302"/>
        <source>The device did not report this resource when it was last read.</source>
        <translation>前回の読み取り時、デバイスはこのリソースを報告しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="341"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="343"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="345"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="347"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="349"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="351"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="456"/>
        <location filename="../app/detail/object_tree_model.cpp" line="461"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="457"/>
        <source>Unknown object (%1)</source>
        <translation>不明なオブジェクト (%1)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="459"/>
        <source>Instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="462"/>
        <source>Unknown resource (%1)</source>
        <translation>不明なリソース (%1)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="464"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="472"/>
        <location filename="../app/detail/object_tree_model.cpp" line="479"/>
        <source>observed</source>
        <translation>監視中</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="477"/>
        <source>observed, last value %1</source>
        <translation>監視中、最新値 %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="481"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="499"/>
        <source>%1 (multiple)</source>
        <translation>%1 (複数)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="506"/>
        <source>R</source>
        <comment>access: read</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="508"/>
        <source>W</source>
        <comment>access: write</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="510"/>
        <source>RW</source>
        <comment>access: read and write</comment>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="512"/>
        <source>E</source>
        <comment>access: execute</comment>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>hangar::app::ObserveDialog</name>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="39"/>
        <source>Observe %1</source>
        <translation>%1 の監視</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="40"/>
        <source>Minimum period in seconds</source>
        <translation>最小周期 (秒)</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="41"/>
        <source>Maximum period in seconds</source>
        <translation>最大周期 (秒)</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="42"/>
        <source>Notify when greater than</source>
        <translation>この値より大きいときに通知</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="43"/>
        <source>Notify when less than</source>
        <translation>この値より小さいときに通知</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="44"/>
        <source>Notify on a change of at least</source>
        <translation>この値以上変化したときに通知</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="47"/>
        <source>Minimum period (&amp;pmin):</source>
        <translation>最小周期 pmin(&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="48"/>
        <source>Maximum period (p&amp;max):</source>
        <translation>最大周期 pmax(&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="49"/>
        <source>&amp;Greater than (gt):</source>
        <translation>より大きい gt(&amp;G):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="50"/>
        <source>&amp;Less than (lt):</source>
        <translation>より小さい lt(&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="51"/>
        <source>&amp;Step (st):</source>
        <translation>ステップ st(&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="52"/>
        <source>Leave a field unset to keep the device&apos;s setting.</source>
        <translation>デバイスの設定を維持するには、フィールドを未設定のままにしてください。</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="61"/>
        <source>&amp;Observe</source>
        <translation>監視(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="77"/>
        <location filename="../app/detail/observe_dialog.cpp" line="86"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="115"/>
        <source>%1 must be a number, e.g. 21.5; &quot;%2&quot; is not.</source>
        <translation>%1 は 21.5 のような数値でなければなりません。「%2」は数値ではありません。</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="121"/>
        <source>st must not be negative.</source>
        <translation>st は負の値にできません。</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="123"/>
        <source>pmax must not be shorter than pmin.</source>
        <translation>pmax は pmin より短くできません。</translation>
    </message>
</context>
<context>
    <name>hangar::app::PlaceholderPage</name>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="42"/>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="43"/>
        <source>Firmware updates and update campaigns arrive with a coming release.</source>
        <translation>ファームウェア更新と更新キャンペーンは今後のリリースで提供されます。</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="50"/>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="51"/>
        <source>Bootstrap and device provisioning arrive with a coming release.</source>
        <translation>ブートストラップとデバイスのプロビジョニングは今後のリリースで提供されます。</translation>
    </message>
</context>
<context>
    <name>hangar::app::ProfileNames</name>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="15"/>
        <source>Mixed plant fleet</source>
        <translation>混在プラントフリート</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="16"/>
        <source>Temperature and humidity sensor</source>
        <translation>温湿度センサー</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="17"/>
        <source>Pump controller</source>
        <translation>ポンプコントローラー</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="18"/>
        <source>Energy meter</source>
        <translation>電力量計</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="19"/>
        <source>Asset tracker</source>
        <translation>アセットトラッカー</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="20"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
</context>
<context>
    <name>hangar::app::RecentEventsModel</name>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="72"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="73"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="74"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
</context>
<context>
    <name>hangar::app::ResourceValueText</name>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="54"/>
        <source>Opaque values are hex digits (0-9, a-f), e.g. &quot;0a ff 10&quot;.</source>
        <translation>Opaque 値は 16 進数字 (0-9、a-f) で入力します。例: 「0a ff 10」</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="56"/>
        <source>Opaque values need two hex digits per byte; &quot;%1&quot; has an odd count.</source>
        <translation>Opaque 値は 1 バイトにつき 16 進数字 2 桁が必要です。「%1」は桁数が奇数です。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="71"/>
        <source>&quot;%1&quot; is not a date-time; use e.g. 2024-05-17T08:30:00Z or seconds since 1970.</source>
        <translation>「%1」は日時ではありません。2024-05-17T08:30:00Z のような形式か、1970 年からの秒数を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="80"/>
        <source>Object links are written &quot;object:instance&quot;, e.g. 3:0.</source>
        <translation>オブジェクトリンクは「オブジェクト:インスタンス」の形式で書きます。例: 3:0</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="84"/>
        <source>Object link ids go from 0 to 65535; &quot;%1&quot; is out of range.</source>
        <translation>オブジェクトリンクの ID は 0 から 65535 までです。「%1」は範囲外です。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="106"/>
        <source>true</source>
        <translation>真</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="106"/>
        <source>false</source>
        <translation>偽</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="148"/>
        <source>This resource holds no value; it can only be executed.</source>
        <translation>このリソースは値を持たず、実行のみ可能です。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="157"/>
        <source>&quot;%1&quot; is not a whole number; enter e.g. -12 or 300.</source>
        <translation>「%1」は整数ではありません。-12 や 300 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="164"/>
        <source>&quot;%1&quot; is not a whole number of 0 or more; enter e.g. 0 or 300.</source>
        <translation>「%1」は 0 以上の整数ではありません。0 や 300 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="170"/>
        <source>&quot;%1&quot; is not a number; enter e.g. 21.5.</source>
        <translation>「%1」は数値ではありません。21.5 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="179"/>
        <source>&quot;%1&quot; is not a boolean; enter true or false.</source>
        <translation>「%1」は真偽値ではありません。true または false を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="188"/>
        <source>Unknown resource type.</source>
        <translation>不明なリソースタイプです。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="196"/>
        <source>A whole number, e.g. -12.</source>
        <translation>整数。例: -12</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="198"/>
        <source>A whole number of 0 or more, e.g. 300.</source>
        <translation>0 以上の整数。例: 300</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="200"/>
        <source>A decimal number, e.g. 21.5.</source>
        <translation>小数。例: 21.5</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="202"/>
        <source>true or false.</source>
        <translation>true または false。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="204"/>
        <source>Hex bytes, e.g. 0a ff 10.</source>
        <translation>16 進バイト列。例: 0a ff 10</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="206"/>
        <source>A date and time (UTC).</source>
        <translation>日時 (UTC)。</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="208"/>
        <source>object:instance, e.g. 3:0.</source>
        <translation>オブジェクト:インスタンス。例: 3:0</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="211"/>
        <source>Any text.</source>
        <translation>任意のテキスト。</translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesLabel</name>
    <message>
        <location filename="../app/charts/series_label.cpp" line="32"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/charts/series_label.cpp" line="34"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../app/charts/series_label.cpp" line="36"/>
        <source>%1 · %2 %3 [%4]</source>
        <extracomment>endpoint · resource name, path [unit]</extracomment>
        <translation>%1 · %2 %3 [%4]</translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesListModel</name>
    <message>
        <location filename="../app/charts/series_list_model.cpp" line="33"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesLoader</name>
    <message>
        <location filename="../app/charts/series_loader.cpp" line="164"/>
        <source>%1 is not a resource path: %2</source>
        <translation>%1 はリソースパスではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/charts/series_loader.cpp" line="81"/>
        <source>Reading %1 %2 failed: %3</source>
        <translation>%1 %2 の読み取りに失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesPicker</name>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="55"/>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="56"/>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="57"/>
        <source>&amp;Add to chart</source>
        <translation>グラフに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="58"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="59"/>
        <source>Numeric resource</source>
        <translation>数値リソース</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="60"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="61"/>
        <source>/3303/0/5700</source>
        <translation>/3303/0/5700</translation>
    </message>
</context>
<context>
    <name>hangar::app::SettingsView</name>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="150"/>
        <location filename="../app/settings/settings_view.cpp" line="238"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="162"/>
        <source>&quot;%1&quot; is not an address: write HOST:PORT such as 127.0.0.1:5683 or [::1]:5683, or off.</source>
        <translation>「%1」はアドレスではありません。127.0.0.1:5683 や [::1]:5683 のような HOST:PORT、または off と入力してください。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="179"/>
        <source>Saved. Hangar uses it from the next start.</source>
        <translation>保存しました。次回の起動から使われます。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="180"/>
        <source>Saved. Plain CoAP off loopback has no authentication: Hangar opens it only when started with --allow-insecure-coap.</source>
        <translation>保存しました。ループバック以外の平文 CoAP には認証がありません。Hangar は --allow-insecure-coap を付けて起動したときだけ開きます。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="191"/>
        <location filename="../app/settings/settings_view.cpp" line="226"/>
        <location filename="../app/settings/settings_view.cpp" line="229"/>
        <source>Data directory</source>
        <translation>データディレクトリ</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="207"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="208"/>
        <source>CoAP (plain):</source>
        <translation>CoAP (暗号化なし):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="209"/>
        <source>CoAPS (DTLS-PSK):</source>
        <translation>CoAPS (DTLS-PSK):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="210"/>
        <source>REST API:</source>
        <translation>REST API:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="211"/>
        <source>CoAP endpoint</source>
        <translation>CoAP エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="212"/>
        <source>CoAPS endpoint</source>
        <translation>CoAPS エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="213"/>
        <source>REST API endpoint</source>
        <translation>REST API エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="215"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="220"/>
        <source>HOST:PORT or off; port 0 picks a free port. Changes take effect when Hangar restarts. Listening now: CoAP %1, CoAPS %2, REST API %3.</source>
        <translation>HOST:PORT または off。ポート 0 は空いているポートを選びます。変更は Hangar の再起動後に反映されます。現在の待ち受け: CoAP %1、CoAPS %2、REST API %3。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="227"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="228"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="230"/>
        <source>Holds the device database, the API token and extra object models. Changes take effect when Hangar restarts; the data is not moved. In use now: %1</source>
        <translation>デバイスのデータベース、API トークン、追加のオブジェクトモデルを保存します。変更は Hangar の再起動後に反映され、データは移動されません。現在の場所: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="235"/>
        <location filename="../app/settings/settings_view.cpp" line="236"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="237"/>
        <source>User interface:</source>
        <translation>ユーザーインターフェース:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="239"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="240"/>
        <source>Hangar follows the light or dark theme of your desktop.</source>
        <translation>Hangar はデスクトップのライト/ダークテーマに従います。</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Keep events for:</source>
        <translation>イベントの保持期間:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>any age</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Days events are kept</source>
        <translation>イベントを保持する日数</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Keep at most:</source>
        <translation>最大保持数:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Most events kept</source>
        <translation>保持するイベントの最大数</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Older events and the oldest beyond the maximum are deleted from the event log. Changes take effect when Hangar restarts.</source>
        <translation>古いイベントと、最大数を超えた最も古いイベントはイベントログから削除されます。変更は Hangar の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>hangar::app::SimulatorPanel</name>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="101"/>
        <source>Start cancelled.</source>
        <translation>起動をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="110"/>
        <source>No fleet is running.</source>
        <translation>実行中のフリートはありません。</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="131"/>
        <source>New fleet</source>
        <translation>新しいフリート</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="132"/>
        <source>&amp;Start fleet</source>
        <translation>フリートを開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="133"/>
        <source>Start the simulated devices described above</source>
        <translation>上記のシミュレートされたデバイスを起動</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="134"/>
        <source>Faults (live)</source>
        <translation>障害 (ライブ)</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="135"/>
        <source>Live counters</source>
        <translation>ライブカウンター</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="136"/>
        <source>Counters per group</source>
        <translation>グループ別カウンター</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="137"/>
        <source>Fleet progress</source>
        <translation>フリートの進行状況</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="174"/>
        <location filename="../app/simulator/simulator_panel.cpp" line="191"/>
        <source>De-registering the devices…</source>
        <translation>デバイスの登録を解除中…</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="184"/>
        <source>Simulated devices running: %L1.</source>
        <translation>実行中のシミュレートされたデバイス: %L1</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="217"/>
        <source>Stopped. Devices de-registered: %L1; %L2 did not answer in time and were dropped.</source>
        <translation>停止しました。登録解除したデバイス: %L1。%L2 台は時間内に応答しなかったため破棄しました。</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="222"/>
        <source>Stopped. Devices de-registered: %L1.</source>
        <translation>停止しました。登録解除したデバイス: %L1</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="235"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="235"/>
        <source>S&amp;top fleet</source>
        <translation>フリートを停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="236"/>
        <source>Abandon starting the fleet</source>
        <translation>フリートの起動を中止</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="237"/>
        <source>De-register every simulated device and stop the fleet</source>
        <translation>すべてのシミュレートされたデバイスの登録を解除してフリートを停止</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="250"/>
        <source>%v of %m registered</source>
        <translation>%m 台中 %v 台が登録済み</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="255"/>
        <source>%v of %m de-registered</source>
        <translation>%m 台中 %v 台の登録を解除</translation>
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
    <message>
        <location filename="../app/shell/display_check.cpp" line="16"/>
        <source>run hangard for the headless engine, or set QT_QPA_PLATFORM=offscreen</source>
        <translation>GUI なしのエンジンには hangard を実行するか、QT_QPA_PLATFORM=offscreen を設定してください</translation>
    </message>
    <message>
        <location filename="../app/shell/display_check.cpp" line="31"/>
        <source>cannot open a window</source>
        <translation>ウィンドウを開けません</translation>
    </message>
    <message>
        <location filename="../app/shell/display_check.cpp" line="46"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are not set): %1</source>
        <translation>ディスプレイがありません (DISPLAY と WAYLAND_DISPLAY が未設定): %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DegradedBanner</name>
    <message>
        <location filename="../app/shell/degraded_banner.cpp" line="53"/>
        <source>Hangar cannot save: the disk is full. Changes are kept and saved once there is space again; new devices cannot register until then.</source>
        <translation>Hangar は保存できません: ディスクがいっぱいです。変更は保持され、空き容量ができしだい保存されます。それまで新しいデバイスは登録できません。</translation>
    </message>
    <message>
        <location filename="../app/shell/degraded_banner.cpp" line="55"/>
        <source>Hangar cannot save: writing to the database fails. Changes are kept and saved once writing works again; new devices cannot register until then.</source>
        <translation>Hangar は保存できません: データベースへの書き込みに失敗しています。変更は保持され、書き込みが再びできるようになりしだい保存されます。それまで新しいデバイスは登録できません。</translation>
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
        <location filename="../app/charts/telemetry_chart.cpp" line="141"/>
        <source>Telemetry chart</source>
        <translation>テレメトリグラフ</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="143"/>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, F follows the newest samples.</source>
        <translation>ホイールまたは + と - でズーム、ドラッグまたは矢印キーで移動、F で最新のサンプルを追従します。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="144"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="356"/>
        <source>Only the oldest %L1 samples of %2 %3 are shown: choose a shorter range.</source>
        <translation>%2 %3 の最も古い %L1 件のサンプルのみ表示しています。より短い範囲を選択してください。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="361"/>
        <source>Loading was cancelled: the chart shows the samples read so far.</source>
        <translation>読み込みをキャンセルしました。グラフにはそれまでに読み込んだサンプルを表示しています。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="508"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>hangar::app::TelemetryView</name>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="167"/>
        <source>&amp;Series</source>
        <translation>系列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="168"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="169"/>
        <source>Series on the chart</source>
        <translation>グラフ上の系列</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="170"/>
        <source>Ra&amp;nge:</source>
        <translation>範囲(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="173"/>
        <location filename="../app/charts/telemetry_view.cpp" line="174"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="175"/>
        <location filename="../app/charts/telemetry_view.cpp" line="176"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="177"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="178"/>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="179"/>
        <source>Keep the newest samples in view (F)</source>
        <translation>最新のサンプルを常に表示 (F)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="180"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="181"/>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="182"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="183"/>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="184"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="185"/>
        <source>Save the chart as a PNG image</source>
        <translation>グラフを PNG 画像として保存</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="186"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="187"/>
        <source>Save the samples in view as CSV</source>
        <translation>表示中のサンプルを CSV で保存</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="188"/>
        <source>Loading samples</source>
        <translation>サンプルを読み込み中</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="189"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="251"/>
        <source>The range must start before it ends.</source>
        <translation>範囲の開始は終了より前にしてください。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="260"/>
        <source>Save chart image</source>
        <translation>グラフ画像の保存</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="261"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="264"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="265"/>
        <source>Could not write %1: choose a folder you can write to.</source>
        <translation>%1 を書き込めませんでした。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="271"/>
        <source>Save samples</source>
        <translation>サンプルの保存</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>hangar::app::WriteValueDialog</name>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="21"/>
        <source>Write %1</source>
        <translation>%1 への書き込み</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="26"/>
        <source>true</source>
        <translation>真</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="27"/>
        <source>false</source>
        <translation>偽</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="50"/>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="51"/>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="52"/>
        <source>Type: %1. %2</source>
        <translation>種類: %1。%2</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="61"/>
        <source>Input error</source>
        <translation>入力エラー</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="65"/>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
</context>
</TS>
