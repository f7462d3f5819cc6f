<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPlatform</name>
    <message numerus="yes">
        <source>The platform refused %n account change(s): see the accounts list.</source>
        <translation>
            <numerusform>The platform refused %n account change: see the accounts list.</numerusform>
            <numerusform>The platform refused %n account changes: see the accounts list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message numerus="yes">
        <source>%n dossier(s) handed over.</source>
        <translation>
            <numerusform>%n dossier handed over.</numerusform>
            <numerusform>%n dossiers handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have no tie to the staff list.</source>
        <translation>
            <numerusform>%n account has no tie to the staff list.</numerusform>
            <numerusform>%n accounts have no tie to the staff list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) frozen.</source>
        <translation>
            <numerusform>%n account frozen.</numerusform>
            <numerusform>%n accounts frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) of %1. Hand them over for good when the officer leaves or is transferred, or delegate them for the time of an absence.</source>
        <translation>
            <numerusform>%n open dossier of %1. Hand it over for good when the officer leaves or is transferred, or delegate it for the time of an absence.</numerusform>
            <numerusform>%n open dossiers of %1. Hand them over for good when the officer leaves or is transferred, or delegate them for the time of an absence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AffiliateSheet</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachChoice</name>
    <message numerus="yes">
        <source>%n file(s) for “%1”: one document made of all of them, or one document per file?</source>
        <translation>
            <numerusform>%n file for “%1”: one document made of all of them, or one document per file?</numerusform>
            <numerusform>%n files for “%1”: one document made of all of them, or one document per file?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) combined into one document for “%1”.</source>
        <translation>
            <numerusform>%n file combined into one document for “%1”.</numerusform>
            <numerusform>%n files combined into one document for “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported.</source>
        <translation>
            <numerusform>%n entry exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsRetry</name>
    <message numerus="yes">
        <source>The fund answered %n correction request(s): open the affiliate&apos;s sheet to read the answer.</source>
        <translation>
            <numerusform>The fund answered %n correction request: open the affiliate&apos;s sheet to read the answer.</numerusform>
            <numerusform>The fund answered %n correction requests: open the affiliates&apos; sheets to read the answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n more in the Dossiers tab.</source>
        <translation>
            <numerusform>%n more in the Dossiers tab.</numerusform>
            <numerusform>%n more in the Dossiers tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Departures in the coming months (%n dossier(s) to open now)</source>
        <translation>
            <numerusform>Departures in the coming months (%n dossier to open now)</numerusform>
            <numerusform>Departures in the coming months (%n dossiers to open now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) waiting to be sent</source>
        <translation>
            <numerusform>%n step waiting to be sent</numerusform>
            <numerusform>%n steps waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) paused</source>
        <translation>
            <numerusform>%n step paused</numerusform>
            <numerusform>%n steps paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed: see the Sending tab</source>
        <translation>
            <numerusform>%n step failed: see the Sending tab</numerusform>
            <numerusform>%n steps failed: see the Sending tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <source>%n file(s) attached to “%1”.</source>
        <translation>
            <numerusform>%n file attached to “%1”.</numerusform>
            <numerusform>%n files attached to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. The dossier stays unsigned until every document is signed:</source>
        <translation>
            <numerusform>%n document signed. The dossier stays unsigned until every document is signed:</numerusform>
            <numerusform>%n documents signed. The dossier stays unsigned until every document is signed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. A supervisor can now certify the dossier.</source>
        <translation>
            <numerusform>%n document signed. A supervisor can now certify the dossier.</numerusform>
            <numerusform>%n documents signed. A supervisor can now certify the dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) completed. These documents keep their earlier signature:</source>
        <translation>
            <numerusform>%n document completed. These documents keep their earlier signature:</numerusform>
            <numerusform>%n documents completed. These documents keep their earlier signature:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) now carry long-term validation data.</source>
        <translation>
            <numerusform>%n document now carries long-term validation data.</numerusform>
            <numerusform>%n documents now carry long-term validation data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>Next step: attach the %n missing required document(s).</source>
        <translation>
            <numerusform>Next step: attach the %n missing required document.</numerusform>
            <numerusform>Next step: attach the %n missing required documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Wrong password, or this account may no longer work here. %n try(s) left before the session is signed out.</source>
        <translation>
            <numerusform>Wrong password, or this account may no longer work here. %n try left before the session is signed out.</numerusform>
            <numerusform>Wrong password, or this account may no longer work here. %n tries left before the session is signed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Affiliates list up to date (%n change(s)).</source>
        <translation>
            <numerusform>Affiliates list up to date (%n change).</numerusform>
            <numerusform>Affiliates list up to date (%n changes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>News from the fund (%n unread)</source>
        <translation>
            <numerusform>News from the fund (%n unread)</numerusform>
            <numerusform>News from the fund (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message numerus="yes">
        <source>%n image(s) left as they are: %1.</source>
        <translation>
            <numerusform>%n image left as it is: %1.</numerusform>
            <numerusform>%n images left as they are: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n step done</numerusform>
            <numerusform>%n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n affiliate(s) found.</source>
        <translation>
            <numerusform>%n affiliate found.</numerusform>
            <numerusform>%n affiliates found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n value(s) marked in red.</source>
        <translation>
            <numerusform>Nothing was saved: correct the value marked in red.</numerusform>
            <numerusform>Nothing was saved: correct the %n values marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignDocuments</name>
    <message numerus="yes">
        <source>%n document(s) will be signed with your token; the PIN is asked once, next. Where a form already has empty signature fields, choose where your signature goes.</source>
        <translation>
            <numerusform>%n document will be signed with your token; the PIN is asked once, next. Where a form already has empty signature fields, choose where your signature goes.</numerusform>
            <numerusform>%n documents will be signed with your token; the PIN is asked once, next. Where a form already has empty signature fields, choose where your signature goes.</numerusform>
        </translation>
    </message>
</context>
</TS>
