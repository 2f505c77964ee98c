<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>StoreUpgrade</name>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="28"/>
        <source>Upgrading the device database to this version of Hangar…
This happens once; a large database can take a few minutes.</source>
        <translation>Die Gerätedatenbank wird auf diese Hangar-Version aktualisiert …
Das geschieht einmalig; bei einer großen Datenbank kann es einige Minuten dauern.</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="32"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/store_upgrade.cpp" line="42"/>
        <source>Cancelling: the database stays as it was…</source>
        <translation>Wird abgebrochen: Die Datenbank bleibt, wie sie war …</translation>
    </message>
</context>
<context>
    <name>hangar::app::ActivityModel</name>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="59"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="61"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="63"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="65"/>
        <source>Observe</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="67"/>
        <source>Cancel observation</source>
        <translation>Beobachtung beenden</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="69"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="71"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="73"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="92"/>
        <source>queued until the device wakes</source>
        <translation>wartet, bis das Gerät aufwacht</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="92"/>
        <source>pending…</source>
        <translation>ausstehend …</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="94"/>
        <source>done in %1 ms</source>
        <translation>erledigt in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="95"/>
        <source>done in %1 ms: %2</source>
        <translation>erledigt in %1 ms: %2</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="97"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="138"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="140"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="142"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/detail/activity_model.cpp" line="144"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hangar::app::ApiTokenBox</name>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="50"/>
        <source>Token copied to the clipboard.</source>
        <translation>Token in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="74"/>
        <source>Regenerate API token</source>
        <translation>API-Token neu erzeugen</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="75"/>
        <source>Scripts and integrations using the current token stop working until they get the new one. Regenerate the token?</source>
        <translation>Skripte und Integrationen mit dem aktuellen Token funktionieren erst wieder, wenn sie das neue erhalten. Token neu erzeugen?</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="89"/>
        <source>Could not regenerate the token: %1</source>
        <translation>Das Token konnte nicht neu erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="94"/>
        <source>A new token is in force; the old one no longer works.</source>
        <translation>Ein neues Token gilt; das alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="108"/>
        <source>REST API token</source>
        <translation>REST-API-Token</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="109"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="110"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="110"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="111"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="112"/>
        <source>Regenerate…</source>
        <translation>Neu erzeugen …</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="114"/>
        <source>The REST API is off. Turn it on under Endpoints (takes effect on restart).</source>
        <translation>Die REST-API ist aus. Schalten Sie sie unter „Endpunkte“ ein (wirkt nach einem Neustart).</translation>
    </message>
    <message>
        <location filename="../app/settings/api_token_box.cpp" line="118"/>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot;. Stored in %1.</source>
        <translation>Senden Sie es als „Authorization: Bearer &lt;token&gt;“. Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>hangar::app::BulkProgressPanel</name>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="74"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="75"/>
        <source>Bulk action progress</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="76"/>
        <source>Failed devices</source>
        <translation>Fehlgeschlagene Geräte</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="88"/>
        <source>%1: %2 of %3 done, %4 failed</source>
        <translation>%1: %2 von %3 erledigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="90"/>
        <source>%1: cancelled after %2 of %3, %4 failed</source>
        <translation>%1: abgebrochen nach %2 von %3, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="92"/>
        <source>%1: all %2 done, %3 failed</source>
        <translation>%1: alle %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/inventory/bulk_progress_panel.cpp" line="102"/>
        <source>… more failures are shown in the Result column</source>
        <translation>… weitere Fehler stehen in der Spalte „Ergebnis“</translation>
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
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="25"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="26"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="27"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/charts/chart_range.cpp" line="28"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
</context>
<context>
    <name>hangar::app::CountListModel</name>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/dashboard/count_list_model.cpp" line="49"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>hangar::app::CreateInstanceDialog</name>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="36"/>
        <source>Create an instance of %1</source>
        <translation>Eine Instanz von %1 anlegen</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="41"/>
        <source>New instance id</source>
        <translation>ID der neuen Instanz</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="42"/>
        <source>&amp;Instance id:</source>
        <translation>&amp;Instanz-ID:</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="43"/>
        <source>Let the &amp;device choose the id</source>
        <translation>Das &amp;Gerät wählt die ID</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="44"/>
        <source>Let the device choose the instance id</source>
        <translation>Das Gerät wählt die Instanz-ID</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="55"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="56"/>
        <source>Type: %1. %2</source>
        <translation>Typ: %1. %2</translation>
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
        <translation>Das Objekt hat keine beschreibbaren Ressourcen; das Gerät setzt seine Standardwerte ein.</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="67"/>
        <location filename="../app/detail/create_instance_dialog.cpp" line="118"/>
        <source>Initial values of the writable resources; leave a field empty to let the device use its default. Fields marked * are required.</source>
        <translation>Anfangswerte der beschreibbaren Ressourcen; ein leeres Feld lässt das Gerät seinen Standardwert verwenden. Mit * markierte Felder sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="78"/>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="82"/>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="115"/>
        <source>When the device chooses the id, the instance starts with the device&apos;s defaults; write values once it exists.</source>
        <translation>Wählt das Gerät die ID, beginnt die Instanz mit den Standardwerten des Geräts; schreiben Sie Werte, sobald sie existiert.</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="140"/>
        <source>Instance %1 exists already; pick another id or let the device choose.</source>
        <translation>Instanz %1 existiert bereits; wählen Sie eine andere ID oder lassen Sie das Gerät wählen.</translation>
    </message>
    <message>
        <location filename="../app/detail/create_instance_dialog.cpp" line="148"/>
        <source>%1 is required for a new instance.</source>
        <translation>%1 ist für eine neue Instanz erforderlich.</translation>
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
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Sleeping</source>
        <translation>Schlafend</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="143"/>
        <source>Known devices</source>
        <translation>Bekannte Geräte</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="149"/>
        <source>Firmware versions</source>
        <translation>Firmware-Versionen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="150"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="151"/>
        <source>Latest &amp;events</source>
        <translation>Neueste &amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="148"/>
        <source>Registrations, last 24 hours</source>
        <translation>Registrierungen, letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="152"/>
        <source>Registrations per 15 minutes over the last 24 hours</source>
        <translation>Registrierungen je 15 Minuten in den letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="153"/>
        <source>Devices per firmware version</source>
        <translation>Geräte pro Firmware-Version</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="154"/>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="155"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="156"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="157"/>
        <source>Latest events</source>
        <translation>Neueste Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="257"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="262"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/dashboard/dashboard_view.cpp" line="257"/>
        <location filename="../app/dashboard/dashboard_view.cpp" line="262"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceDetailView</name>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="157"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="158"/>
        <source>O&amp;bjects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="159"/>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="160"/>
        <source>Device detail</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="168"/>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="172"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/detail/device_detail_view.cpp" line="175"/>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
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
        <translation>Die Geräteliste konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceFilter</name>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="119"/>
        <source>Unknown field “%1:”; use status, model, fw, tag, ep, serial or ip.</source>
        <translation>Unbekanntes Feld „%1:“; verwenden Sie status, model, fw, tag, ep, serial oder ip.</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="130"/>
        <source>Unknown status “%1”; use online, sleeping or offline.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie online, sleeping oder offline.</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_filter.cpp" line="141"/>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceOverview</name>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="92"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="94"/>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="96"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="123"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="124"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="125"/>
        <source>Connectivity</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="126"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="128"/>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="129"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Firmware version:</source>
        <translation>Firmware-Version:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="130"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>LwM2M version:</source>
        <translation>LwM2M-Version:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="131"/>
        <source>Lifetime:</source>
        <translation>Lebensdauer:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Binding:</source>
        <translation>Binding:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="132"/>
        <source>Registered objects:</source>
        <translation>Registrierte Objekte:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Registered at:</source>
        <translation>Registriert am:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="133"/>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Peer address:</source>
        <translation>Gegenstellenadresse:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="134"/>
        <source>Battery level:</source>
        <translation>Batteriestand:</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="143"/>
        <source>Battery level</source>
        <translation>Batteriestand</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="152"/>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="156"/>
        <source>unknown object</source>
        <translation>unbekanntes Objekt</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="160"/>
        <source>%1 (/%2)</source>
        <translation>%1 (/%2)</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="161"/>
        <source>%1 (/%2), instances %3</source>
        <translation>%1 (/%2), Instanzen %3</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="168"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="172"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="187"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="189"/>
        <source>%1, queue mode</source>
        <translation>%1, Queue-Modus</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="200"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../app/detail/device_overview.cpp" line="205"/>
        <source>%1 % (reported %2)</source>
        <translation>%1 % (gemeldet %2)</translation>
    </message>
</context>
<context>
    <name>hangar::app::DeviceTableModel</name>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="23"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="25"/>
        <source>Sleeping</source>
        <translation>Schlafend</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="47"/>
        <source>never</source>
        <translation>nie</translation>
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
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="76"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="78"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="80"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="84"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="86"/>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="88"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="90"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/inventory/device_cells.cpp" line="92"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hangar::app::DevicesView</name>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="189"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="190"/>
        <source>Load every device again (F5)</source>
        <translation>Alle Geräte neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="191"/>
        <source>Open device</source>
        <translation>Gerät öffnen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="192"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="193"/>
        <source>Read the Device object (/3/0) of the selected devices</source>
        <translation>Das Device-Objekt (/3/0) der ausgewählten Geräte lesen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="194"/>
        <source>Reboot…</source>
        <translation>Neu starten …</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="195"/>
        <source>Reboot the selected devices (execute /3/0/4)</source>
        <translation>Die ausgewählten Geräte neu starten (/3/0/4 ausführen)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="196"/>
        <source>Tags…</source>
        <translation>Tags …</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="197"/>
        <source>Add or remove tags on the selected devices</source>
        <translation>Tags der ausgewählten Geräte hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="198"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="199"/>
        <source>Save the selected devices (or all shown) as CSV</source>
        <translation>Die ausgewählten (oder alle angezeigten) Geräte als CSV speichern</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="200"/>
        <source>Forget…</source>
        <translation>Vergessen …</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="201"/>
        <source>Remove the selected devices and their data (Delete)</source>
        <translation>Die ausgewählten Geräte und ihre Daten entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="203"/>
        <source>Search: status:offline model:pump fw:1.2 tag:north plant3</source>
        <translation>Suche: status:offline model:pump fw:1.2 tag:north plant3</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="204"/>
        <source>Search devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="205"/>
        <source>Words match endpoint, model, serial and tags. Fields: status:, model:, fw:, tag:, ep:, serial:, ip:. Quote values with spaces.</source>
        <translation>Wörter passen auf Endpunkt, Modell, Seriennummer und Tags. Felder: status:, model:, fw:, tag:, ep:, serial:, ip:. Werte mit Leerzeichen in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="207"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="208"/>
        <source>Loading devices</source>
        <translation>Geräte werden geladen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="209"/>
        <source>Loading %1 of %2</source>
        <translation>Lade %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="211"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="212"/>
        <source>Stop loading devices</source>
        <translation>Laden der Geräte abbrechen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view.cpp" line="241"/>
        <source>%1 of %2 devices</source>
        <translation>%1 von %2 Geräten</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="43"/>
        <source>Reading /3/0</source>
        <translation>/3/0 wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="50"/>
        <source>Read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="52"/>
        <source>Read %n value(s)</source>
        <translation>
            <numerusform>%n Wert gelesen</numerusform>
            <numerusform>%n Werte gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="64"/>
        <source>Reboot devices</source>
        <translation>Geräte neu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="65"/>
        <source>Reboot %n device(s)? They are offline until they register again.</source>
        <translation>
            <numerusform>%n Gerät neu starten? Es ist offline, bis es sich wieder registriert.</numerusform>
            <numerusform>%n Geräte neu starten? Sie sind offline, bis sie sich wieder registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="71"/>
        <source>Rebooting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="78"/>
        <source>Reboot failed: %1</source>
        <translation>Neustart fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="80"/>
        <source>Reboot requested</source>
        <translation>Neustart angefordert</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="92"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="93"/>
        <source>Tags to add to %n device(s), separated by spaces or commas. Prefix a tag with - to remove it (e.g. north -south):</source>
        <translation>
            <numerusform>Tags, die %n Gerät hinzugefügt werden, getrennt durch Leerzeichen oder Kommas. Ein vorangestelltes - entfernt einen Tag (z. B. north -south):</numerusform>
            <numerusform>Tags, die %n Geräten hinzugefügt werden, getrennt durch Leerzeichen oder Kommas. Ein vorangestelltes - entfernt einen Tag (z. B. north -south):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="108"/>
        <source>Tagging</source>
        <translation>Tags werden gesetzt</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="123"/>
        <source>Tagging failed: %1</source>
        <translation>Setzen der Tags fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="127"/>
        <source>Tags changed</source>
        <translation>Tags geändert</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="125"/>
        <source>Tags unchanged</source>
        <translation>Tags unverändert</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="129"/>
        <source>Tags changed on %1 of %2 devices sent together</source>
        <translation>Tags an %1 von %2 gemeinsam gesendeten Geräten geändert</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="143"/>
        <source>Forget devices</source>
        <translation>Geräte vergessen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/inventory/devices_view_actions.cpp" line="144"/>
        <source>Forget %n device(s)? Their credentials, cached values and telemetry are deleted.</source>
        <translation>
            <numerusform>%n Gerät vergessen? Seine Zugangsdaten, zwischengespeicherten Werte und Telemetrie werden gelöscht.</numerusform>
            <numerusform>%n Geräte vergessen? Ihre Zugangsdaten, zwischengespeicherten Werte und Telemetrie werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="150"/>
        <source>Forgetting</source>
        <translation>Wird vergessen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="156"/>
        <source>Forget failed: %1</source>
        <translation>Vergessen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="159"/>
        <source>Forgotten</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="167"/>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="169"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="199"/>
        <source>Exporting %1 devices…</source>
        <translation>%1 Geräte werden exportiert …</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="208"/>
        <source>Exported %1 devices to %2</source>
        <translation>%1 Geräte nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/inventory/devices_view_actions.cpp" line="209"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DiscoverDialog</name>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="16"/>
        <source>Discover %1</source>
        <translation>Discover %1</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="20"/>
        <source>Discovered links</source>
        <translation>Gefundene Links</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="21"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="38"/>
        <source>The answer is not valid link format (%1):</source>
        <translation>Die Antwort ist kein gültiges Link-Format (%1):</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="44"/>
        <source>Link-format answer</source>
        <translation>Antwort im Link-Format</translation>
    </message>
    <message>
        <location filename="../app/detail/discover_dialog.cpp" line="46"/>
        <source>Answer as received:</source>
        <translation>Antwort wie empfangen:</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryModel</name>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="80"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="82"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_model.cpp" line="84"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventHistoryView</name>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="106"/>
        <source>Device events</source>
        <translation>Geräteereignisse</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="114"/>
        <source>Events could not be loaded: %1</source>
        <translation>Ereignisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/event_history_view.cpp" line="117"/>
        <source>Events of this device, newest first: %1</source>
        <translation>Ereignisse dieses Geräts, neueste zuerst: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventLogModel</name>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="100"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="102"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="104"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/events/event_log_model.cpp" line="106"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hangar::app::EventsView</name>
    <message>
        <location filename="../app/events/events_view.cpp" line="85"/>
        <source>Could not read the event log: %1</source>
        <translation>Das Ereignisprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="129"/>
        <source>Filter events (type, endpoint or details)</source>
        <translation>Ereignisse filtern (Typ, Endpunkt oder Details)</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="130"/>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="131"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="140"/>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/events/events_view.cpp" line="141"/>
        <source>%L1 of %L2 events</source>
        <translation>%L1 von %L2 Ereignissen</translation>
    </message>
</context>
<context>
    <name>hangar::app::FaultControls</name>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="128"/>
        <location filename="../app/simulator/fault_controls.cpp" line="147"/>
        <location filename="../app/simulator/fault_controls.cpp" line="164"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="162"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="165"/>
        <source>Packet &amp;loss:</source>
        <translation>Paket&amp;verlust:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="166"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="167"/>
        <source>Packet loss in percent</source>
        <translation>Paketverlust in Prozent</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="168"/>
        <source>Added la&amp;tency:</source>
        <translation>Zusätzliche La&amp;tenz:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="169"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="170"/>
        <source>Added latency in milliseconds</source>
        <translation>Zusätzliche Latenz in Millisekunden</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="171"/>
        <source>&amp;Reboot loop every:</source>
        <translation>&amp;Neustartschleife alle:</translation>
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
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="174"/>
        <source>Reboot loop interval in seconds, 0 for off</source>
        <translation>Intervall der Neustartschleife in Sekunden, 0 für aus</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="175"/>
        <source>Network partition &amp;for:</source>
        <translation>Netztrennung &amp;für:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="177"/>
        <source>Partition length in seconds</source>
        <translation>Dauer der Netztrennung in Sekunden</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="178"/>
        <source>&amp;Partition now</source>
        <translation>&amp;Jetzt trennen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="179"/>
        <source>Drop every packet between the devices and the server from now on</source>
        <translation>Ab sofort jedes Paket zwischen den Geräten und dem Server verwerfen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="180"/>
        <source>&amp;End partition</source>
        <translation>Partition &amp;beenden</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="181"/>
        <source>Let the packets through again now, before the partition would end</source>
        <translation>Die Pakete ab sofort wieder durchlassen, bevor die Partition von selbst endet</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="285"/>
        <source>The faults could not be changed: %1</source>
        <translation>Die Fehler konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="304"/>
        <source>A partition starts in %L1 s.</source>
        <translation>Eine Netztrennung beginnt in %L1 s.</translation>
    </message>
    <message>
        <location filename="../app/simulator/fault_controls.cpp" line="305"/>
        <source>Partitioned: the link is down for another %L1 s.</source>
        <translation>Getrennt: Die Verbindung ist noch %L1 s unterbrochen.</translation>
    </message>
</context>
<context>
    <name>hangar::app::FirstRun</name>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="43"/>
        <source>Demo fleet</source>
        <translation>Demo-Flotte</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="50"/>
        <source>Welcome to Hangar</source>
        <translation>Willkommen bei Hangar</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="51"/>
        <source>Start a demo fleet of %L1 simulated plant devices?</source>
        <translation>Eine Demo-Flotte mit %L1 simulierten Anlagengeräten starten?</translation>
    </message>
    <message>
        <location filename="../app/simulator/first_run.cpp" line="56"/>
        <source>They run inside Hangar and register with its engine, so the device list fills within seconds. You can stop them at any time in the Simulator view.</source>
        <translation>Sie laufen in Hangar und registrieren sich bei dessen Engine, sodass sich die Geräteliste in Sekunden füllt. Sie können sie jederzeit in der Ansicht „Simulator“ stoppen.</translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetCounters</name>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="84"/>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="85"/>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="86"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="87"/>
        <source>requests served</source>
        <translation>beantwortete Anfragen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="88"/>
        <source>notifications sent</source>
        <translation>gesendete Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="89"/>
        <source>retransmissions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="90"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_counters.cpp" line="92"/>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
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
        <translation>&amp;Eingebautes Profil</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="185"/>
        <source>Scenario &amp;file</source>
        <translation>Szenario&amp;datei</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="186"/>
        <source>Fleet source</source>
        <translation>Quelle der Flotte</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="187"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="190"/>
        <source>&amp;Devices:</source>
        <translation>&amp;Geräte:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="191"/>
        <source>&amp;Endpoint prefix:</source>
        <translation>E&amp;ndpunkt-Präfix:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="192"/>
        <source>Devices are named prefix-0001, prefix-0002, …</source>
        <translation>Die Geräte heißen präfix-0001, präfix-0002, …</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="193"/>
        <source>Start &amp;ramp:</source>
        <translation>Start&amp;rampe:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="194"/>
        <source> devices/s</source>
        <translation> Geräte/s</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="195"/>
        <source>all at once</source>
        <translation>alle auf einmal</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="196"/>
        <source>Start ramp in devices per second, 0 for all at once</source>
        <translation>Startrampe in Geräten pro Sekunde, 0 für alle auf einmal</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="197"/>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="198"/>
        <source>None (plain CoAP)</source>
        <translation>Keine (reines CoAP)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="199"/>
        <source>DTLS with pre-shared keys</source>
        <translation>DTLS mit Pre-Shared Keys (PSK)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="201"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="202"/>
        <source>Path to a scenario JSON file</source>
        <translation>Pfad zu einer Szenario-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="203"/>
        <source>Bro&amp;wse…</source>
        <translation>Durchs&amp;uchen …</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="204"/>
        <source>Use the servers named in the file</source>
        <translation>Die in der Datei genannten Server verwenden</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="206"/>
        <location filename="../app/simulator/fleet_form.cpp" line="255"/>
        <source>This scenario cannot be used: %1</source>
        <translation>Dieses Szenario kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="208"/>
        <source>Ready to start %1 (devices: %L2).</source>
        <translation>Bereit zum Start von %1 (Geräte: %L2).</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="212"/>
        <source>Choose a scenario file (format: device-sim/scenario/README.md).</source>
        <translation>Wählen Sie eine Szenariodatei (Format: device-sim/scenario/README.md).</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="214"/>
        <source>Se&amp;rver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="218"/>
        <source>Hangar&apos;s own engine (%1)</source>
        <translation>Hangars eigene Engine (%1)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="219"/>
        <source>Another LwM2M server</source>
        <translation>Ein anderer LwM2M-Server</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="220"/>
        <source>Server URI</source>
        <translation>Server-URI</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="254"/>
        <source>Choose a scenario file first.</source>
        <translation>Wählen Sie zuerst eine Szenariodatei.</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="260"/>
        <source>The endpoint prefix may contain letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;.</source>
        <translation>Das Endpunkt-Präfix darf Buchstaben, Ziffern, „.“, „_“, „:“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="277"/>
        <source>Enter the server&apos;s URI, for example coap://192.0.2.10:5683.</source>
        <translation>Geben Sie die URI des Servers ein, zum Beispiel coap://192.0.2.10:5683.</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="284"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="285"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_form.cpp" line="305"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>hangar::app::FleetLauncher</name>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="30"/>
        <source>A fleet is already being started; wait for it or cancel it.</source>
        <translation>Es wird bereits eine Flotte gestartet; warten Sie oder brechen Sie den Start ab.</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="35"/>
        <source>Checking the fleet and resolving the server…</source>
        <translation>Flotte wird geprüft und Server aufgelöst …</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="85"/>
        <source>Importing device keys into the engine (%L1)…</source>
        <translation>Geräteschlüssel werden in die Engine importiert (%L1) …</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="103"/>
        <source>Starting simulated devices (%L1)…</source>
        <translation>Simulierte Geräte werden gestartet (%L1) …</translation>
    </message>
    <message>
        <location filename="../app/simulator/fleet_launcher.cpp" line="132"/>
        <source>The fleet could not start: %1</source>
        <translation>Die Flotte konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::GroupStatsModel</name>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="104"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="105"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="106"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="107"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="108"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="109"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="110"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="111"/>
        <source>Retransmissions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="112"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="120"/>
        <source>Devices in the group</source>
        <translation>Geräte in der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="121"/>
        <source>Devices that registered at least once since the start</source>
        <translation>Geräte, die sich seit dem Start mindestens einmal registriert haben</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="122"/>
        <source>Devices holding a registration now</source>
        <translation>Geräte, die jetzt registriert sind</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="123"/>
        <source>Server requests the devices answered</source>
        <translation>Serveranfragen, die die Geräte beantwortet haben</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="124"/>
        <source>Observe notifications sent</source>
        <translation>Gesendete Observe-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="125"/>
        <source>Confirmable messages sent again, as the group&apos;s relay saw them</source>
        <translation>Erneut gesendete Confirmable-Nachrichten, wie das Relay der Gruppe sie sah</translation>
    </message>
    <message>
        <location filename="../app/simulator/group_stats_model.cpp" line="126"/>
        <source>Failed registration exchanges (Register, Update, timeouts)</source>
        <translation>Fehlgeschlagene Registrierungsvorgänge (Register, Update, Zeitüberschreitungen)</translation>
    </message>
</context>
<context>
    <name>hangar::app::MainWindow</name>
    <message>
        <location filename="../app/shell/main_window.cpp" line="28"/>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="134"/>
        <source>About Hangar</source>
        <translation>Über Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="135"/>
        <source>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;Self-hosted LwM2M device management: register, watch and manage a fleet of devices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hangar %1&lt;/h3&gt;&lt;p&gt;Selbst betriebene LwM2M-Geräteverwaltung: eine Geräteflotte registrieren, beobachten und verwalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="157"/>
        <source>Hangar</source>
        <translation>Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="164"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="167"/>
        <location filename="../app/shell/main_window.cpp" line="270"/>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="174"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="175"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="181"/>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="182"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="183"/>
        <source>&amp;About Hangar</source>
        <translation>Ü&amp;ber Hangar</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="184"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/shell/main_window.cpp" line="185"/>
        <source>Open devices</source>
        <translation>Geöffnete Geräte</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="30"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="37"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="39"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="47"/>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="57"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="64"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="66"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="187"/>
        <source>Read the selected node from the device</source>
        <translation>Den ausgewählten Knoten vom Gerät lesen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="188"/>
        <source>&amp;Write…</source>
        <translation>&amp;Schreiben …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="188"/>
        <source>Write a new value to the selected resource</source>
        <translation>Einen neuen Wert in die ausgewählte Ressource schreiben</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="189"/>
        <source>E&amp;xecute…</source>
        <translation>&amp;Ausführen …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="189"/>
        <source>Execute the selected resource</source>
        <translation>Die ausgewählte Ressource ausführen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="190"/>
        <source>&amp;Observe…</source>
        <translation>&amp;Beobachten …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="190"/>
        <source>Observe the selected node with notification attributes</source>
        <translation>Den ausgewählten Knoten mit Benachrichtigungsattributen beobachten</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="191"/>
        <source>&amp;Cancel observation</source>
        <translation>Beobachtung b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="191"/>
        <source>Stop observing the selected node</source>
        <translation>Beobachtung des ausgewählten Knotens beenden</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="192"/>
        <source>&amp;Discover</source>
        <translation>&amp;Discover</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="192"/>
        <source>Ask the device which resources and attributes it has</source>
        <translation>Das Gerät fragen, welche Ressourcen und Attribute es hat</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="193"/>
        <source>Re&amp;fresh all</source>
        <translation>Alles a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="193"/>
        <source>Read the value cache and every object again</source>
        <translation>Den Wert-Cache und alle Objekte neu lesen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="194"/>
        <source>Create &amp;instance…</source>
        <translation>&amp;Instanz anlegen …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="194"/>
        <source>Create a new instance of the selected object on the device</source>
        <translation>Eine neue Instanz des ausgewählten Objekts auf dem Gerät anlegen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="195"/>
        <source>De&amp;lete instance</source>
        <translation>Instanz &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="195"/>
        <source>Delete the selected object instance on the device</source>
        <translation>Die ausgewählte Objektinstanz auf dem Gerät löschen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="196"/>
        <source>C&amp;hart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="196"/>
        <source>Chart the observed values of the selected resource</source>
        <translation>Die beobachteten Werte der ausgewählten Ressource als Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="197"/>
        <source>Object actions</source>
        <translation>Objektaktionen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="198"/>
        <source>Objects and resources</source>
        <translation>Objekte und Ressourcen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="199"/>
        <source>Request activity</source>
        <translation>Anfrageaktivität</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="200"/>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="223"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="301"/>
        <source>Execute %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="302"/>
        <source>&amp;Arguments (optional, e.g. 0=&apos;on&apos;,1):</source>
        <translation>&amp;Argumente (optional, z. B. 0=&apos;on&apos;,1):</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser.cpp" line="303"/>
        <source>E&amp;xecute</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="21"/>
        <source>queued until the device wakes</source>
        <translation>wartet, bis das Gerät aufwacht</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="81"/>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="89"/>
        <source>values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="95"/>
        <source>writing…</source>
        <translation>wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="106"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="112"/>
        <source>executing…</source>
        <translation>wird ausgeführt …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="115"/>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="121"/>
        <source>starting observation…</source>
        <translation>Beobachtung wird gestartet …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="131"/>
        <source>observation started</source>
        <translation>Beobachtung gestartet</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="138"/>
        <source>cancelling observation…</source>
        <translation>Beobachtung wird beendet …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="143"/>
        <source>observation cancelled</source>
        <translation>Beobachtung beendet</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="150"/>
        <source>discovering…</source>
        <translation>Discover läuft …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_requests.cpp" line="158"/>
        <source>links: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="48"/>
        <source>%1 holds a single instance, which exists already; it cannot have another.</source>
        <translation>%1 hat nur eine Instanz, und die existiert bereits; eine weitere ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="61"/>
        <source>creating instance %1…</source>
        <translation>Instanz %1 wird angelegt …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="62"/>
        <source>creating an instance (the device picks the id)…</source>
        <translation>Instanz wird angelegt (das Gerät wählt die ID) …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="77"/>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="87"/>
        <source>Only object instances can be deleted.</source>
        <translation>Nur Objektinstanzen können gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="89"/>
        <source>Security instances belong to the bootstrap server; a management server must not delete them.</source>
        <translation>Security-Instanzen gehören dem Bootstrap-Server; ein Management-Server darf sie nicht löschen.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="94"/>
        <source>%1 is a mandatory single-instance object: the device must keep its instance.</source>
        <translation>%1 ist ein Pflichtobjekt mit einer Instanz: Das Gerät muss seine Instanz behalten.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="96"/>
        <source>%1 is a mandatory object: the device must keep at least one instance.</source>
        <translation>%1 ist ein Pflichtobjekt: Das Gerät muss mindestens eine Instanz behalten.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="108"/>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="109"/>
        <source>Delete %1 on the device? Its resources and values are gone for good.</source>
        <translation>%1 auf dem Gerät löschen? Seine Ressourcen und Werte sind dann endgültig verloren.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="113"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="126"/>
        <source>deleting…</source>
        <translation>wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../app/detail/object_browser_instances.cpp" line="137"/>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>hangar::app::ObjectTreeModel</name>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="197"/>
        <source>pmin %1 s</source>
        <translation>pmin %1 s</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="199"/>
        <source>pmax %1 s</source>
        <translation>pmax %1 s</translation>
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
        <translation>den Standardattributen des Geräts</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="206"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="208"/>
        <source>Observed since %1 with %2</source>
        <translation>Beobachtet seit %1 mit %2</translation>
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
        <translation>Das Gerät hat diese Ressource beim letzten Lesen nicht gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="341"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="343"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="345"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="347"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="349"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="351"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Unbekanntes Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="459"/>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="462"/>
        <source>Unknown resource (%1)</source>
        <translation>Unbekannte Ressource (%1)</translation>
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
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="477"/>
        <source>observed, last value %1</source>
        <translation>beobachtet, letzter Wert %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="481"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/detail/object_tree_model.cpp" line="499"/>
        <source>%1 (multiple)</source>
        <translation>%1 (mehrfach)</translation>
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
        <translation>%1 beobachten</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="40"/>
        <source>Minimum period in seconds</source>
        <translation>Minimale Periode in Sekunden</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="41"/>
        <source>Maximum period in seconds</source>
        <translation>Maximale Periode in Sekunden</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="42"/>
        <source>Notify when greater than</source>
        <translation>Benachrichtigen, wenn größer als</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="43"/>
        <source>Notify when less than</source>
        <translation>Benachrichtigen, wenn kleiner als</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="44"/>
        <source>Notify on a change of at least</source>
        <translation>Benachrichtigen bei einer Änderung von mindestens</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="47"/>
        <source>Minimum period (&amp;pmin):</source>
        <translation>Minimale Periode (&amp;pmin):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="48"/>
        <source>Maximum period (p&amp;max):</source>
        <translation>Maximale Periode (p&amp;max):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="49"/>
        <source>&amp;Greater than (gt):</source>
        <translation>&amp;Größer als (gt):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="50"/>
        <source>&amp;Less than (lt):</source>
        <translation>&amp;Kleiner als (lt):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="51"/>
        <source>&amp;Step (st):</source>
        <translation>&amp;Schrittweite (st):</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="52"/>
        <source>Leave a field unset to keep the device&apos;s setting.</source>
        <translation>Lassen Sie ein Feld leer, um die Einstellung des Geräts beizubehalten.</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="61"/>
        <source>&amp;Observe</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="77"/>
        <location filename="../app/detail/observe_dialog.cpp" line="86"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="115"/>
        <source>%1 must be a number, e.g. 21.5; &quot;%2&quot; is not.</source>
        <translation>%1 muss eine Zahl sein, z. B. 21.5; „%2“ ist keine.</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="121"/>
        <source>st must not be negative.</source>
        <translation>st darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../app/detail/observe_dialog.cpp" line="123"/>
        <source>pmax must not be shorter than pmin.</source>
        <translation>pmax darf nicht kürzer als pmin sein.</translation>
    </message>
</context>
<context>
    <name>hangar::app::PlaceholderPage</name>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="42"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="43"/>
        <source>Firmware updates and update campaigns arrive with a coming release.</source>
        <translation>Firmware-Updates und Update-Kampagnen kommen mit einer der nächsten Versionen.</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="50"/>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <location filename="../app/shell/page_factory.cpp" line="51"/>
        <source>Bootstrap and device provisioning arrive with a coming release.</source>
        <translation>Bootstrap und Geräte-Provisionierung kommen mit einer der nächsten Versionen.</translation>
    </message>
</context>
<context>
    <name>hangar::app::ProfileNames</name>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="15"/>
        <source>Mixed plant fleet</source>
        <translation>Gemischte Anlagenflotte</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="16"/>
        <source>Temperature and humidity sensor</source>
        <translation>Temperatur- und Feuchtesensor</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="17"/>
        <source>Pump controller</source>
        <translation>Pumpensteuerung</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="18"/>
        <source>Energy meter</source>
        <translation>Energiezähler</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="19"/>
        <source>Asset tracker</source>
        <translation>Asset-Tracker</translation>
    </message>
    <message>
        <location filename="../app/simulator/profile_names.cpp" line="20"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>hangar::app::RecentEventsModel</name>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="72"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="73"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/dashboard/recent_events_model.cpp" line="74"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>hangar::app::ResourceValueText</name>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="54"/>
        <source>Opaque values are hex digits (0-9, a-f), e.g. &quot;0a ff 10&quot;.</source>
        <translation>Opaque-Werte bestehen aus Hexziffern (0-9, a-f), z. B. „0a ff 10“.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="56"/>
        <source>Opaque values need two hex digits per byte; &quot;%1&quot; has an odd count.</source>
        <translation>Opaque-Werte brauchen zwei Hexziffern pro Byte; „%1“ hat eine ungerade Anzahl.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="71"/>
        <source>&quot;%1&quot; is not a date-time; use e.g. 2024-05-17T08:30:00Z or seconds since 1970.</source>
        <translation>„%1“ ist kein Zeitpunkt; verwenden Sie z. B. 2024-05-17T08:30:00Z oder Sekunden seit 1970.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="80"/>
        <source>Object links are written &quot;object:instance&quot;, e.g. 3:0.</source>
        <translation>Objektlinks werden als „Objekt:Instanz“ geschrieben, z. B. 3:0.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="84"/>
        <source>Object link ids go from 0 to 65535; &quot;%1&quot; is out of range.</source>
        <translation>IDs in Objektlinks reichen von 0 bis 65535; „%1“ liegt außerhalb.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="106"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="106"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="148"/>
        <source>This resource holds no value; it can only be executed.</source>
        <translation>Diese Ressource hat keinen Wert; sie kann nur ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="157"/>
        <source>&quot;%1&quot; is not a whole number; enter e.g. -12 or 300.</source>
        <translation>„%1“ ist keine ganze Zahl; geben Sie z. B. -12 oder 300 ein.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="164"/>
        <source>&quot;%1&quot; is not a whole number of 0 or more; enter e.g. 0 or 300.</source>
        <translation>„%1“ ist keine ganze Zahl ab 0; geben Sie z. B. 0 oder 300 ein.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="170"/>
        <source>&quot;%1&quot; is not a number; enter e.g. 21.5.</source>
        <translation>„%1“ ist keine Zahl; geben Sie z. B. 21.5 ein.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="179"/>
        <source>&quot;%1&quot; is not a boolean; enter true or false.</source>
        <translation>„%1“ ist kein Wahrheitswert; geben Sie true oder false ein.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="188"/>
        <source>Unknown resource type.</source>
        <translation>Unbekannter Ressourcentyp.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="196"/>
        <source>A whole number, e.g. -12.</source>
        <translation>Eine ganze Zahl, z. B. -12.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="198"/>
        <source>A whole number of 0 or more, e.g. 300.</source>
        <translation>Eine ganze Zahl ab 0, z. B. 300.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="200"/>
        <source>A decimal number, e.g. 21.5.</source>
        <translation>Eine Dezimalzahl, z. B. 21.5.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="202"/>
        <source>true or false.</source>
        <translation>true oder false.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="204"/>
        <source>Hex bytes, e.g. 0a ff 10.</source>
        <translation>Hex-Bytes, z. B. 0a ff 10.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="206"/>
        <source>A date and time (UTC).</source>
        <translation>Datum und Uhrzeit (UTC).</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="208"/>
        <source>object:instance, e.g. 3:0.</source>
        <translation>Objekt:Instanz, z. B. 3:0.</translation>
    </message>
    <message>
        <location filename="../app/detail/resource_value_text.cpp" line="211"/>
        <source>Any text.</source>
        <translation>Beliebiger Text.</translation>
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
        <translation>%1 ist kein Ressourcenpfad: %2</translation>
    </message>
    <message>
        <location filename="../app/charts/series_loader.cpp" line="81"/>
        <source>Reading %1 %2 failed: %3</source>
        <translation>Lesen von %1 %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>hangar::app::SeriesPicker</name>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="55"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="56"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="57"/>
        <source>&amp;Add to chart</source>
        <translation>Zum Diagramm &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="58"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="59"/>
        <source>Numeric resource</source>
        <translation>Numerische Ressource</translation>
    </message>
    <message>
        <location filename="../app/charts/series_picker.cpp" line="60"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
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
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="162"/>
        <source>&quot;%1&quot; is not an address: write HOST:PORT such as 127.0.0.1:5683 or [::1]:5683, or off.</source>
        <translation>„%1“ ist keine Adresse: Schreiben Sie HOST:PORT wie 127.0.0.1:5683 oder [::1]:5683, oder off.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="179"/>
        <source>Saved. Hangar uses it from the next start.</source>
        <translation>Gespeichert. Hangar verwendet es ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="180"/>
        <source>Saved. Plain CoAP off loopback has no authentication: Hangar opens it only when started with --allow-insecure-coap.</source>
        <translation>Gespeichert. Einfaches CoAP außerhalb von Loopback hat keine Authentifizierung: Hangar öffnet es nur, wenn es mit --allow-insecure-coap gestartet wird.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="191"/>
        <location filename="../app/settings/settings_view.cpp" line="226"/>
        <location filename="../app/settings/settings_view.cpp" line="229"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="207"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="208"/>
        <source>CoAP (plain):</source>
        <translation>CoAP (unverschlüsselt):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="209"/>
        <source>CoAPS (DTLS-PSK):</source>
        <translation>CoAPS (DTLS-PSK):</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="210"/>
        <source>REST API:</source>
        <translation>REST-API:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="211"/>
        <source>CoAP endpoint</source>
        <translation>CoAP-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="212"/>
        <source>CoAPS endpoint</source>
        <translation>CoAPS-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="213"/>
        <source>REST API endpoint</source>
        <translation>REST-API-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="215"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="220"/>
        <source>HOST:PORT or off; port 0 picks a free port. Changes take effect when Hangar restarts. Listening now: CoAP %1, CoAPS %2, REST API %3.</source>
        <translation>HOST:PORT oder off; Port 0 wählt einen freien Port. Änderungen wirken nach einem Neustart von Hangar. Jetzt aktiv: CoAP %1, CoAPS %2, REST-API %3.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="227"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="228"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="230"/>
        <source>Holds the device database, the API token and extra object models. Changes take effect when Hangar restarts; the data is not moved. In use now: %1</source>
        <translation>Enthält die Gerätedatenbank, das API-Token und zusätzliche Objektmodelle. Änderungen wirken nach einem Neustart von Hangar; die Daten werden nicht verschoben. Jetzt verwendet: %1</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="235"/>
        <location filename="../app/settings/settings_view.cpp" line="236"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="237"/>
        <source>User interface:</source>
        <translation>Benutzeroberfläche:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="239"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="240"/>
        <source>Hangar follows the light or dark theme of your desktop.</source>
        <translation>Hangar folgt dem hellen oder dunklen Design Ihres Desktops.</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Keep events for:</source>
        <translation>Ereignisse behalten für:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>any age</source>
        <translation>beliebig lange</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Days events are kept</source>
        <translation>Tage, die Ereignisse behalten werden</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Keep at most:</source>
        <translation>Höchstens behalten:</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Most events kept</source>
        <translation>Höchstzahl behaltener Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/settings/settings_view.cpp" line="250"/>
        <source>Older events and the oldest beyond the maximum are deleted from the event log. Changes take effect when Hangar restarts.</source>
        <translation>Ältere Ereignisse und die ältesten über dem Maximum werden aus dem Ereignisprotokoll gelöscht. Änderungen gelten ab dem nächsten Start von Hangar.</translation>
    </message>
</context>
<context>
    <name>hangar::app::SimulatorPanel</name>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="101"/>
        <source>Start cancelled.</source>
        <translation>Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="110"/>
        <source>No fleet is running.</source>
        <translation>Es läuft keine Flotte.</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="131"/>
        <source>New fleet</source>
        <translation>Neue Flotte</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="132"/>
        <source>&amp;Start fleet</source>
        <translation>Flotte &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="133"/>
        <source>Start the simulated devices described above</source>
        <translation>Die oben beschriebenen simulierten Geräte starten</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="134"/>
        <source>Faults (live)</source>
        <translation>Fehler (live)</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="135"/>
        <source>Live counters</source>
        <translation>Live-Zähler</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="136"/>
        <source>Counters per group</source>
        <translation>Zähler pro Gruppe</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="137"/>
        <source>Fleet progress</source>
        <translation>Fortschritt der Flotte</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="174"/>
        <location filename="../app/simulator/simulator_panel.cpp" line="191"/>
        <source>De-registering the devices…</source>
        <translation>Geräte werden abgemeldet …</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="184"/>
        <source>Simulated devices running: %L1.</source>
        <translation>Laufende simulierte Geräte: %L1.</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="217"/>
        <source>Stopped. Devices de-registered: %L1; %L2 did not answer in time and were dropped.</source>
        <translation>Gestoppt. Abgemeldete Geräte: %L1; %L2 haben nicht rechtzeitig geantwortet und wurden verworfen.</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="222"/>
        <source>Stopped. Devices de-registered: %L1.</source>
        <translation>Gestoppt. Abgemeldete Geräte: %L1.</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="235"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="235"/>
        <source>S&amp;top fleet</source>
        <translation>Flotte s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="236"/>
        <source>Abandon starting the fleet</source>
        <translation>Start der Flotte abbrechen</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="237"/>
        <source>De-register every simulated device and stop the fleet</source>
        <translation>Alle simulierten Geräte abmelden und die Flotte stoppen</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="250"/>
        <source>%v of %m registered</source>
        <translation>%v von %m registriert</translation>
    </message>
    <message>
        <location filename="../app/simulator/simulator_panel.cpp" line="255"/>
        <source>%v of %m de-registered</source>
        <translation>%v von %m abgemeldet</translation>
    </message>
</context>
<context>
    <name>hangar::app::Startup</name>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="16"/>
        <source>Hangar cannot create its data directory.</source>
        <translation>Hangar kann sein Datenverzeichnis nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="18"/>
        <source>The device server could not start.</source>
        <translation>Der Geräteserver konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="20"/>
        <source>The REST API could not start.</source>
        <translation>Die REST-API konnte nicht starten.</translation>
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

Vermutlich belegt ein anderes Programm (oder ein weiteres Hangar) den Port. Mit automatisch gewählten Ports fortfahren?</translation>
    </message>
    <message>
        <location filename="../app/shell/startup_messages.cpp" line="33"/>
        <source>Continue with automatic ports</source>
        <translation>Mit automatischen Ports fortfahren</translation>
    </message>
    <message>
        <location filename="../app/shell/display_check.cpp" line="16"/>
        <source>run hangard for the headless engine, or set QT_QPA_PLATFORM=offscreen</source>
        <translation>Starten Sie hangard für die Engine ohne Oberfläche oder setzen Sie QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <location filename="../app/shell/display_check.cpp" line="31"/>
        <source>cannot open a window</source>
        <translation>kann kein Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../app/shell/display_check.cpp" line="46"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are not set): %1</source>
        <translation>keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): %1</translation>
    </message>
</context>
<context>
    <name>hangar::app::DegradedBanner</name>
    <message>
        <location filename="../app/shell/degraded_banner.cpp" line="53"/>
        <source>Hangar cannot save: the disk is full. Changes are kept and saved once there is space again; new devices cannot register until then.</source>
        <translation>Hangar kann nicht speichern: Der Datenträger ist voll. Änderungen bleiben erhalten und werden gespeichert, sobald wieder Platz ist; neue Geräte können sich bis dahin nicht registrieren.</translation>
    </message>
    <message>
        <location filename="../app/shell/degraded_banner.cpp" line="55"/>
        <source>Hangar cannot save: writing to the database fails. Changes are kept and saved once writing works again; new devices cannot register until then.</source>
        <translation>Hangar kann nicht speichern: Das Schreiben in die Datenbank schlägt fehl. Änderungen bleiben erhalten und werden gespeichert, sobald das Schreiben wieder gelingt; neue Geräte können sich bis dahin nicht registrieren.</translation>
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
        <translation>Kein Endpunkt ist aktiv</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="93"/>
        <source>Listening: %1</source>
        <translation>Aktiv: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="96"/>
        <source>Devices: …</source>
        <translation>Geräte: …</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="100"/>
        <source>Devices: %L1 online of %L2</source>
        <translation>Geräte: %L1 von %L2 online</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="101"/>
        <source>%L1 sleeping (queue mode)</source>
        <translation>%L1 schlafend (Queue-Modus)</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="102"/>
        <source>Ingest: %L1 writes/s</source>
        <translation>Eingang: %L1 Schreibvorgänge/s</translation>
    </message>
    <message>
        <location filename="../app/shell/status_monitor.cpp" line="103"/>
        <source>Values, registrations and events committed to the store per second</source>
        <translation>Pro Sekunde dauerhaft gespeicherte Werte, Registrierungen und Ereignisse</translation>
    </message>
</context>
<context>
    <name>hangar::app::TelemetryChart</name>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="141"/>
        <source>Telemetry chart</source>
        <translation>Telemetriediagramm</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="143"/>
        <source>Wheel or + and - zoom, drag or the arrow keys pan, F follows the newest samples.</source>
        <translation>Mausrad oder + und - zoomen, Ziehen oder die Pfeiltasten verschieben, F folgt den neuesten Messwerten.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="144"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="356"/>
        <source>Only the oldest %L1 samples of %2 %3 are shown: choose a shorter range.</source>
        <translation>Nur die ältesten %L1 Messwerte von %2 %3 werden gezeigt: Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="361"/>
        <source>Loading was cancelled: the chart shows the samples read so far.</source>
        <translation>Das Laden wurde abgebrochen: Das Diagramm zeigt die bisher gelesenen Messwerte.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_chart.cpp" line="508"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hangar::app::TelemetryView</name>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="167"/>
        <source>&amp;Series</source>
        <translation>Re&amp;ihen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="168"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="169"/>
        <source>Series on the chart</source>
        <translation>Reihen im Diagramm</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="170"/>
        <source>Ra&amp;nge:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="173"/>
        <location filename="../app/charts/telemetry_view.cpp" line="174"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="175"/>
        <location filename="../app/charts/telemetry_view.cpp" line="176"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="177"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="178"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="179"/>
        <source>Keep the newest samples in view (F)</source>
        <translation>Die neuesten Messwerte im Blick behalten (F)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="180"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="181"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="182"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="183"/>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="184"/>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="185"/>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="186"/>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="187"/>
        <source>Save the samples in view as CSV</source>
        <translation>Die sichtbaren Messwerte als CSV speichern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="188"/>
        <source>Loading samples</source>
        <translation>Messwerte werden geladen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="189"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="251"/>
        <source>The range must start before it ends.</source>
        <translation>Der Zeitraum muss vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="260"/>
        <source>Save chart image</source>
        <translation>Diagrammbild speichern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="261"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="264"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="265"/>
        <source>Could not write %1: choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="271"/>
        <source>Save samples</source>
        <translation>Messwerte speichern</translation>
    </message>
    <message>
        <location filename="../app/charts/telemetry_view.cpp" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>hangar::app::WriteValueDialog</name>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="21"/>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="26"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="27"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="50"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="51"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="52"/>
        <source>Type: %1. %2</source>
        <translation>Typ: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="61"/>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <location filename="../app/detail/write_value_dialog.cpp" line="65"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
</context>
</TS>
