<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsView</name>
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
</TS>
