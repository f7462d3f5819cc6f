<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
