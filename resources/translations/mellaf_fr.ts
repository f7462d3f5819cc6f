<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsPlatform</name>
    <message>
        <source>this account id is already taken</source>
        <translation>cet identifiant de compte est déjà pris</translation>
    </message>
    <message>
        <source>no payroll number recorded</source>
        <translation>aucun numéro de paie (PPR) enregistré</translation>
    </message>
    <message>
        <source>this role is not allowed</source>
        <translation>ce rôle n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>only the responsible may do this</source>
        <translation>seul le responsable peut le faire</translation>
    </message>
    <message>
        <source>the platform does not know this account</source>
        <translation>la plateforme ne connaît pas ce compte</translation>
    </message>
    <message>
        <source>a detail is not in the right form</source>
        <translation>une information n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Deleted at the platform</source>
        <translation>Supprimé sur la plateforme</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>The platform issued this initial password. It is shown only now and is kept nowhere: copy it and hand it to the officer in person.</source>
        <translation>La plateforme a émis ce mot de passe initial. Il n&apos;est affiché que maintenant et n&apos;est conservé nulle part : copiez-le et remettez-le en main propre à l&apos;agent.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Platform: %1 account(s) added, %2 changed, %3 deleted there.</source>
        <translation>Plateforme : %1 compte(s) ajouté(s), %2 modifié(s), %3 supprimé(s) là-bas.</translation>
    </message>
    <message>
        <source>New initial password</source>
        <translation>Nouveau mot de passe initial</translation>
    </message>
    <message>
        <source>Issue a new initial password for %1? The old one stops working.</source>
        <translation>Émettre un nouveau mot de passe initial pour %1 ? L&apos;ancien ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
    <message>
        <source>The platform cannot be reached: the account change is kept and sent when it answers.</source>
        <translation>La plateforme est injoignable : la modification du compte est conservée et sera envoyée dès qu&apos;elle répondra.</translation>
    </message>
    <message>
        <source>Sign in to the platform again to send the account changes that wait.</source>
        <translation>Reconnectez-vous à la plateforme pour envoyer les modifications de comptes en attente.</translation>
    </message>
    <message numerus="yes">
        <source>The platform refused %n account change(s): see the accounts list.</source>
        <translation>
            <numerusform>La plateforme a refusé %n modification de compte : voir la liste des comptes.</numerusform>
            <numerusform>La plateforme a refusé %n modifications de comptes : voir la liste des comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending account changes…</source>
        <translation>Envoi des modifications de comptes…</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Dossiers lent to %1, %2 – %3</source>
        <translation>Dossiers délégués à %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Holds the dossiers of %1, %2 – %3</source>
        <translation>Détient les dossiers de %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Accounts of your collectivity</source>
        <translation>Comptes de votre collectivité</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Review against staff list…</source>
        <translation>Contrôler avec la liste du personnel…</translation>
    </message>
    <message>
        <source>Designation form…</source>
        <translation>Fiche de désignation…</translation>
    </message>
    <message>
        <source>Absence or departure…</source>
        <translation>Absence ou départ…</translation>
    </message>
    <message>
        <source>Delegate the selected officer&apos;s dossiers for a period, or hand them over</source>
        <translation>Déléguer pour une période les dossiers de l&apos;agent choisi, ou les transmettre</translation>
    </message>
    <message>
        <source>End delegation</source>
        <translation>Mettre fin à la délégation</translation>
    </message>
    <message>
        <source>Refresh from platform</source>
        <translation>Actualiser depuis la plateforme</translation>
    </message>
    <message>
        <source>New initial password</source>
        <translation>Nouveau mot de passe initial</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payroll number</source>
        <translation>N° de paie (PPR)</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Suspend the account %1?</source>
        <translation>Suspendre le compte %1 ?</translation>
    </message>
    <message>
        <source>Suspended by the responsible</source>
        <translation>Suspendu par le responsable</translation>
    </message>
    <message>
        <source>Delete the account %1? It can no longer sign in; its history stays.</source>
        <translation>Supprimer le compte %1 ? Il ne pourra plus se connecter ; son historique est conservé.</translation>
    </message>
    <message>
        <source>The delegation is recorded.</source>
        <translation>La délégation est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over.</source>
        <translation>
            <numerusform>%n dossier transmis.</numerusform>
            <numerusform>%n dossiers transmis.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the delegations given by %1 now?</source>
        <translation>Mettre fin maintenant aux délégations données par %1 ?</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>Liste du personnel</translation>
    </message>
    <message>
        <source>Staff lists (*.csv *.xlsx)</source>
        <translation>Listes du personnel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Every active account matches the staff list.</source>
        <translation>Chaque compte actif correspond à la liste du personnel.</translation>
    </message>
    <message>
        <source>Habilitation review</source>
        <translation>Revue des habilitations</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have no tie to the staff list.</source>
        <translation>
            <numerusform>%n compte n’a pas de lien avec la liste du personnel.</numerusform>
            <numerusform>%n comptes n’ont pas de lien avec la liste du personnel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze them</source>
        <translation>Les geler</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) frozen.</source>
        <translation>
            <numerusform>%n compte gelé.</numerusform>
            <numerusform>%n comptes gelés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Designation form</source>
        <translation>Fiche de désignation</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Prefecture or province</source>
        <translation>Préfecture ou province</translation>
    </message>
    <message>
        <source>Commune council</source>
        <translation>Conseil communal</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Local password (optional)</source>
        <translation>Mot de passe local (facultatif)</translation>
    </message>
    <message>
        <source>Dossiers of an absent officer</source>
        <translation>Dossiers d&apos;un agent absent</translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) of %1. Hand them over for good when the officer leaves or is transferred, or delegate them for the time of an absence.</source>
        <translation>
            <numerusform>%n dossier ouvert de %1. Transmettez-le définitivement si l&apos;agent part ou est muté, ou déléguez-le le temps d&apos;une absence.</numerusform>
            <numerusform>%n dossiers ouverts de %1. Transmettez-les définitivement si l&apos;agent part ou est muté, ou déléguez-les le temps d&apos;une absence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over all open dossiers now (transfer or departure)</source>
        <translation>Transmettre maintenant tous les dossiers ouverts (mutation ou départ)</translation>
    </message>
    <message>
        <source>Delegate them for a period (absence)</source>
        <translation>Les déléguer pour une période (absence)</translation>
    </message>
    <message>
        <source>To the colleague</source>
        <translation>Au collègue</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>A delegation is temporary and personal: the colleague works on the dossiers only during the period, and each use is written in the audit log.</source>
        <translation>Une délégation est temporaire et personnelle : le collègue ne travaille sur les dossiers que pendant la période, et chaque usage est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>No other active preparer can receive these dossiers.</source>
        <translation>Aucun autre préparateur actif ne peut recevoir ces dossiers.</translation>
    </message>
</context>
<context>
    <name>AffiliateSheet</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Choose an affiliate in the results to see the sheet.</source>
        <translation>Choisissez un affilié dans les résultats pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Membership no.:</source>
        <translation>N° d&apos;affiliation :</translation>
    </message>
    <message>
        <source>PPR:</source>
        <translation>PPR :</translation>
    </message>
    <message>
        <source>CIN:</source>
        <translation>CIN :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Date de recrutement :</translation>
    </message>
    <message>
        <source>Corps and grade:</source>
        <translation>Corps et grade :</translation>
    </message>
    <message>
        <source>Effective service:</source>
        <translation>Services effectifs :</translation>
    </message>
    <message>
        <source>Age limit reached on:</source>
        <translation>Limite d&apos;âge atteinte le :</translation>
    </message>
    <message>
        <source>Dossier to start from:</source>
        <translation>Dossier à ouvrir dès le :</translation>
    </message>
    <message>
        <source>Early retirement:</source>
        <translation>Retraite anticipée :</translation>
    </message>
    <message>
        <source>Leaving now:</source>
        <translation>En cas de départ aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>Données à jour au :</translation>
    </message>
    <message>
        <source>Dates computed by Mellaf from law 011.71 as amended by law 71.14; the fund confirms them when it processes the dossier.</source>
        <translation>Dates calculées par Mellaf selon la loi 011.71 modifiée par la loi 71.14 ; la Caisse les confirme lors du traitement du dossier.</translation>
    </message>
    <message>
        <source>Dossiers of this affiliate</source>
        <translation>Dossiers de cet affilié</translation>
    </message>
    <message>
        <source>No dossier yet.</source>
        <translation>Aucun dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>New age-limit dossier</source>
        <translation>Nouveau dossier limite d&apos;âge</translation>
    </message>
    <message>
        <source>Ask for a correction…</source>
        <translation>Demander une correction…</translation>
    </message>
    <message>
        <source>Opening the sheet…</source>
        <translation>Ouverture de la fiche…</translation>
    </message>
    <message>
        <source>Correction requests:</source>
        <translation>Demandes de correction :</translation>
    </message>
    <message>
        <source>Queuing the request…</source>
        <translation>Mise en file de la demande…</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (age limit of %2)</source>
        <translation>%1 (limite d&apos;âge de %2)</translation>
    </message>
    <message>
        <source>%1 — the dossier is due now</source>
        <translation>%1 — le dossier est à préparer dès maintenant</translation>
    </message>
    <message>
        <source>minimum %1 years of effective service for men</source>
        <translation>minimum %1 ans de services effectifs pour les hommes</translation>
    </message>
    <message>
        <source>minimum %1 years of effective service for women</source>
        <translation>minimum %1 ans de services effectifs pour les femmes</translation>
    </message>
    <message>
        <source>Eligible (%1).</source>
        <translation>Admissible (%1).</translation>
    </message>
    <message>
        <source>Eligible (%1), reached on %2.</source>
        <translation>Admissible (%1), atteint le %2.</translation>
    </message>
    <message>
        <source>Not yet eligible (%1); reached on %2 if service continues.</source>
        <translation>Pas encore admissible (%1) ; atteint le %2 si les services continuent.</translation>
    </message>
    <message>
        <source>Age limit reached: pension.</source>
        <translation>Limite d&apos;âge atteinte : pension.</translation>
    </message>
    <message>
        <source>Refund of the deductions (less effective service than the minimum for a pension).</source>
        <translation>Remboursement des retenues (services effectifs inférieurs au minimum ouvrant droit à pension).</translation>
    </message>
    <message>
        <source>Early pension (the minimum service is reached).</source>
        <translation>Pension anticipée (la durée minimale de services est atteinte).</translation>
    </message>
    <message>
        <source>Never confirmed by the platform.</source>
        <translation>Jamais confirmées par la plateforme.</translation>
    </message>
    <message>
        <source>%1 — older than %2 days: may be out of date</source>
        <translation>%1 — plus de %2 jours : peut-être périmées</translation>
    </message>
    <message>
        <source>Only a preparer opens dossiers; your role cannot.</source>
        <translation>Seul un préparateur ouvre des dossiers ; votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>This affiliate already has an age-limit dossier: open it.</source>
        <translation>Cet affilié a déjà un dossier limite d&apos;âge : ouvrez-le.</translation>
    </message>
    <message>
        <source>Open a new age-limit dossier and its checklist.</source>
        <translation>Ouvrir un nouveau dossier limite d&apos;âge et sa liste de pièces.</translation>
    </message>
    <message>
        <source>Opening a new dossier…</source>
        <translation>Ouverture d&apos;un nouveau dossier…</translation>
    </message>
</context>
<context>
    <name>AffiliatesModel</name>
    <message>
        <source>Membership no.</source>
        <translation>N° d&apos;affiliation</translation>
    </message>
    <message>
        <source>PPR</source>
        <translation>PPR</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Open the sheet to see the full CIN</source>
        <translation>Ouvrez la fiche pour voir la CIN complète</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Mellaf</source>
        <translation>Mellaf</translation>
    </message>
</context>
<context>
    <name>AttachChoice</name>
    <message>
        <source>Several files</source>
        <translation>Plusieurs fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for “%1”: one document made of all of them, or one document per file?</source>
        <translation>
            <numerusform>%n fichier pour « %1 » : un seul document fait de tous, ou un document par fichier ?</numerusform>
            <numerusform>%n fichiers pour « %1 » : un seul document fait de tous, ou un document par fichier ?</numerusform>
        </translation>
    </message>
    <message>
        <source>One document: the pages follow the file names in order (you can reorder them afterwards with “Pages…”).</source>
        <translation>Un seul document : les pages suivent l&apos;ordre des noms de fichiers (vous pourrez les réordonner ensuite avec « Pages… »).</translation>
    </message>
    <message>
        <source>One document</source>
        <translation>Un seul document</translation>
    </message>
    <message>
        <source>One document per file</source>
        <translation>Un document par fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) combined into one document for “%1”.</source>
        <translation>
            <numerusform>%n fichier regroupé en un seul document pour « %1 ».</numerusform>
            <numerusform>%n fichiers regroupés en un seul document pour « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>The files were not combined and nothing was attached: one of them is refused.</source>
        <translation>Les fichiers n&apos;ont pas été regroupés et rien n&apos;a été joint : l&apos;un d&apos;eux est refusé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checking and combining the files…</source>
        <translation>Vérification et regroupement des fichiers…</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Action (e.g. dossier.)</source>
        <translation>Action (p. ex. dossier.)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>La chaîne d’audit est intacte.</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>La chaîne d’audit est rompue : %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>DEMO — training mode with fictional data. Signatures made here are not qualified and nothing is sent to the real fund.</source>
        <translation>DÉMO — mode formation avec des données fictives. Les signatures faites ici ne sont pas qualifiées et rien n&apos;est envoyé à la vraie Caisse.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>CertificatePicker</name>
    <message>
        <source>Barid eSign class 3, qualified personal signature</source>
        <translation>Barid eSign classe 3, signature personnelle qualifiée</translation>
    </message>
    <message>
        <source>Barid eSign class 3, organisation seal</source>
        <translation>Barid eSign classe 3, cachet d&apos;organisation</translation>
    </message>
    <message>
        <source>no policy stated</source>
        <translation>aucune politique indiquée</translation>
    </message>
    <message>
        <source>Authentication certificate (for logging in): it cannot sign. Choose your signature certificate; if you have none, ask your certificate provider.</source>
        <translation>Certificat d&apos;authentification (pour se connecter) : il ne peut pas signer. Choisissez votre certificat de signature ; si vous n&apos;en avez pas, demandez-le à votre prestataire de certification.</translation>
    </message>
    <message>
        <source>Not meant for signatures (no non-repudiation key usage).</source>
        <translation>Non destiné aux signatures (pas d&apos;usage de clé « non-répudiation »).</translation>
    </message>
    <message>
        <source>Not valid yet: check the computer&apos;s date and time.</source>
        <translation>Pas encore valide : vérifiez la date et l&apos;heure de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Choisir le certificat de signature</translation>
    </message>
    <message>
        <source>Certificates of the connected tokens. Expired certificates are not shown; those that cannot sign are greyed out with the reason.</source>
        <translation>Certificats des jetons connectés. Les certificats expirés ne sont pas affichés ; ceux qui ne peuvent pas signer sont grisés, avec la raison.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>No certificate was found. Plug in your token, then check again.</source>
        <translation>Aucun certificat trouvé. Branchez votre jeton, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Use this certificate</source>
        <translation>Utiliser ce certificat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>No file yet — attach a PDF or drop it here.</source>
        <translation>Aucun fichier — joignez un PDF ou déposez-le ici.</translation>
    </message>
    <message>
        <source>No file.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Joindre un PDF…</translation>
    </message>
    <message>
        <source>Attach a PDF to: %1</source>
        <translation>Joindre un PDF à : %1</translation>
    </message>
    <message>
        <source>Requested by the fund: %1</source>
        <translation>Demandé par la Caisse : %1</translation>
    </message>
    <message>
        <source>Requested by the fund</source>
        <translation>Demandé par la Caisse</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>signed ✓</source>
        <translation>signé ✓</translation>
    </message>
    <message>
        <source>sent to the fund</source>
        <translation>envoyé à la Caisse</translation>
    </message>
    <message>
        <source>over the platform&apos;s size limit</source>
        <translation>au-delà de la taille admise par la plateforme</translation>
    </message>
    <message>
        <source>Pages…</source>
        <translation>Pages…</translation>
    </message>
    <message>
        <source>See, turn, reorder or remove pages</source>
        <translation>Voir, tourner, réordonner ou retirer des pages</translation>
    </message>
    <message>
        <source>Reduce size…</source>
        <translation>Réduire la taille…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>signature in field “%1”</source>
        <translation>signature dans le champ « %1 »</translation>
    </message>
    <message>
        <source>has empty signature fields</source>
        <translation>contient des champs de signature vides</translation>
    </message>
    <message>
        <source>Signature field…</source>
        <translation>Champ de signature…</translation>
    </message>
    <message>
        <source>Sign into one of the document&apos;s empty signature fields</source>
        <translation>Signer dans l&apos;un des champs de signature vides du document</translation>
    </message>
    <message>
        <source>Attached and signed</source>
        <translation>Joint et signé</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Missing: this document is required</source>
        <translation>Manquant : cette pièce est obligatoire</translation>
    </message>
    <message>
        <source>Optional: not attached</source>
        <translation>Facultatif : non joint</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>The document could not be signed. Try again, or ask for support.</source>
        <translation>Le document n&apos;a pas pu être signé. Réessayez ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The signing token was not found. Plug in your token, wait a few seconds and try again.</source>
        <translation>Le token de signature est introuvable. Branchez votre token, attendez quelques secondes et réessayez.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Only one try is left: a further wrong PIN will lock the token. Check the PIN before trying again.</source>
        <translation>Le code PIN est faux. Il ne reste qu&apos;un essai : un nouveau PIN faux bloquera le token. Vérifiez le PIN avant de réessayer.</translation>
    </message>
    <message>
        <source>The PIN is wrong, and few tries are left before the token locks. Check the PIN before trying again.</source>
        <translation>Le code PIN est faux et il reste peu d&apos;essais avant le blocage du token. Vérifiez le PIN avant de réessayer.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Check the PIN and try again.</source>
        <translation>Le code PIN est faux. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Contact your certificate provider (Barid eSign) to unlock it with the unlock code.</source>
        <translation>Le PIN du token est bloqué après trop d&apos;essais faux. Contactez votre prestataire de certificats (Barid eSign) pour le débloquer avec le code de déblocage.</translation>
    </message>
    <message>
        <source>The token was removed during signing. Plug it back in and sign again; no document was changed.</source>
        <translation>Le token a été retiré pendant la signature. Rebranchez-le et signez à nouveau ; aucun document n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No usable signing certificate was found on the token. Check that you use your signature token, or contact your certificate provider.</source>
        <translation>Aucun certificat de signature utilisable n&apos;a été trouvé sur le token. Vérifiez que vous utilisez votre token de signature, ou contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>The document is not a readable PDF file. Check the file, or scan or export it again.</source>
        <translation>Le document n&apos;est pas un fichier PDF lisible. Vérifiez le fichier, ou numérisez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>The signed file could not be written. Check the free disk space and that the folder is writable, then sign again.</source>
        <translation>Le fichier signé n&apos;a pas pu être enregistré. Vérifiez l&apos;espace disque libre et les droits d&apos;écriture du dossier, puis signez à nouveau.</translation>
    </message>
    <message>
        <source>The timestamp server did not answer. Check the network connection and the timestamp server address in the settings, then sign again.</source>
        <translation>Le serveur d&apos;horodatage n&apos;a pas répondu. Vérifiez la connexion réseau et l&apos;adresse du serveur d&apos;horodatage dans les paramètres, puis signez à nouveau.</translation>
    </message>
    <message>
        <source>The certificate status could not be checked online, so a long-term signature could not be made. Check the network connection and try again, or sign at level B-T.</source>
        <translation>L&apos;état du certificat n&apos;a pas pu être vérifié en ligne : la signature longue durée est impossible. Vérifiez la connexion réseau et réessayez, ou signez au niveau B-T.</translation>
    </message>
    <message>
        <source>Signing was cancelled. No document was changed.</source>
        <translation>La signature a été annulée. Aucun document n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The certificate file&apos;s password is wrong. Check it and try again.</source>
        <translation>Le mot de passe du fichier de certificat est faux. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The platform could not complete the request.</source>
        <translation>La plateforme n&apos;a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Check the network connection; the work is kept and can be sent later.</source>
        <translation>La plateforme est injoignable. Vérifiez la connexion réseau ; le travail est conservé et pourra être envoyé plus tard.</translation>
    </message>
    <message>
        <source>The connection to the platform is not secure: its certificate could not be verified. Check the computer&apos;s date and time, then tell your IT support.</source>
        <translation>La connexion à la plateforme n&apos;est pas sûre : son certificat n&apos;a pas pu être vérifié. Vérifiez la date et l&apos;heure de l&apos;ordinateur, puis prévenez votre support informatique.</translation>
    </message>
    <message>
        <source>Your platform session has expired. Sign in again.</source>
        <translation>Votre session sur la plateforme a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The platform has a problem right now. The work is kept; try again in a few minutes.</source>
        <translation>La plateforme rencontre un problème en ce moment. Le travail est conservé ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The platform sent an answer Mellaf does not understand. Mellaf may need an update; tell your IT support.</source>
        <translation>La plateforme a envoyé une réponse que Mellaf ne comprend pas. Mellaf doit peut-être être mis à jour ; prévenez votre support informatique.</translation>
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation>La plateforme a refusé la demande.</translation>
    </message>
    <message>
        <source>The file received by the platform differs from the one sent. Send the document again.</source>
        <translation>Le fichier reçu par la plateforme diffère de celui envoyé. Renvoyez le document.</translation>
    </message>
    <message>
        <source>The platform accepts PDF documents only. Convert the document to PDF.</source>
        <translation>La plateforme n&apos;accepte que des documents PDF. Convertissez le document en PDF.</translation>
    </message>
    <message>
        <source>Some required documents are missing. Add them, then send again.</source>
        <translation>Des pièces obligatoires manquent. Ajoutez-les, puis renvoyez.</translation>
    </message>
    <message>
        <source>This affiliate is not known to the platform for your collectivity.</source>
        <translation>Cet affilié est inconnu de la plateforme pour votre collectivité.</translation>
    </message>
    <message>
        <source>The platform does not expect this document for this dossier.</source>
        <translation>La plateforme n&apos;attend pas cette pièce pour ce dossier.</translation>
    </message>
    <message>
        <source>The platform no longer accepts documents for this dossier.</source>
        <translation>La plateforme n&apos;accepte plus de pièces pour ce dossier.</translation>
    </message>
    <message>
        <source>The platform does not know this dossier.</source>
        <translation>La plateforme ne connaît pas ce dossier.</translation>
    </message>
    <message>
        <source>The platform does not know this item.</source>
        <translation>La plateforme ne connaît pas cet élément.</translation>
    </message>
    <message>
        <source>The upload was not found on the platform. Send the document again.</source>
        <translation>L&apos;envoi est introuvable sur la plateforme. Renvoyez le document.</translation>
    </message>
    <message>
        <source>The upload did not finish. Send the document again.</source>
        <translation>L&apos;envoi ne s&apos;est pas terminé. Renvoyez le document.</translation>
    </message>
    <message>
        <source>The upload belongs to another dossier. Send the document again.</source>
        <translation>L&apos;envoi appartient à un autre dossier. Renvoyez le document.</translation>
    </message>
    <message>
        <source>The platform already has a different dossier under this reference. Tell your IT support.</source>
        <translation>La plateforme a déjà un autre dossier sous cette référence. Prévenez votre support informatique.</translation>
    </message>
    <message>
        <source>This upload is already attached to another document.</source>
        <translation>Cet envoi est déjà rattaché à une autre pièce.</translation>
    </message>
    <message>
        <source>The document is too large for the platform. Reduce its size.</source>
        <translation>Le document est trop volumineux pour la plateforme. Réduisez sa taille.</translation>
    </message>
    <message>
        <source>The upload expired on the platform. Send the document again.</source>
        <translation>L&apos;envoi a expiré sur la plateforme. Renvoyez le document.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask your collectivity&apos;s responsible.</source>
        <translation>Votre compte n&apos;a pas ce droit. Adressez-vous au responsable de votre collectivité.</translation>
    </message>
    <message>
        <source>The account id or the password is wrong.</source>
        <translation>L&apos;identifiant du compte ou le mot de passe est faux.</translation>
    </message>
    <message>
        <source>This account is suspended. Ask your collectivity&apos;s responsible.</source>
        <translation>Ce compte est suspendu. Adressez-vous au responsable de votre collectivité.</translation>
    </message>
    <message>
        <source>This dossier does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This dossier belongs to another collectivity.</source>
        <translation>Ce dossier appartient à une autre collectivité.</translation>
    </message>
    <message>
        <source>This affiliate belongs to another collectivity.</source>
        <translation>Cet affilié appartient à une autre collectivité.</translation>
    </message>
    <message>
        <source>Only a preparer opens dossiers.</source>
        <translation>Seul un préparateur ouvre des dossiers.</translation>
    </message>
    <message>
        <source>This affiliate is not in your collectivity&apos;s records.</source>
        <translation>Cet affilié ne figure pas dans les effectifs de votre collectivité.</translation>
    </message>
    <message>
        <source>A dossier of this type already exists for this affiliate.</source>
        <translation>Un dossier de ce type existe déjà pour cet affilié.</translation>
    </message>
    <message>
        <source>Documents can only be added while the dossier is being prepared.</source>
        <translation>On ne peut ajouter des pièces que pendant la préparation du dossier.</translation>
    </message>
    <message>
        <source>Documents can only be removed while the dossier is being prepared.</source>
        <translation>On ne peut retirer des pièces que pendant la préparation du dossier.</translation>
    </message>
    <message>
        <source>This document is not part of the dossier.</source>
        <translation>Cette pièce ne fait pas partie du dossier.</translation>
    </message>
    <message>
        <source>Say why the dossier is returned: the preparer reads this comment.</source>
        <translation>Indiquez pourquoi le dossier est renvoyé : le préparateur lira ce commentaire.</translation>
    </message>
    <message>
        <source>The dossier was changed meanwhile; reopen it.</source>
        <translation>Le dossier a été modifié entre-temps ; rouvrez-le.</translation>
    </message>
    <message>
        <source>Nobody may certify a dossier they prepared.</source>
        <translation>Personne ne peut certifier un dossier qu&apos;il a préparé.</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>La signature a été annulée.</translation>
    </message>
    <message>
        <source>A document must be signed and its dossier created before upload.</source>
        <translation>Une pièce doit être signée et son dossier créé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The dossier was never created at the fund.</source>
        <translation>Le dossier n&apos;a jamais été créé à la Caisse.</translation>
    </message>
    <message>
        <source>The dossier of a queued job has disappeared.</source>
        <translation>Le dossier d&apos;un envoi en attente a disparu.</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>n&apos;est pas un fichier PDF</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is protected by a password; ask for an unprotected copy</source>
        <translation>est protégé par un mot de passe ; demandez une copie non protégée</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>n&apos;a aucune page</translation>
    </message>
    <message>
        <source>has a page of absurd size</source>
        <translation>a une page de taille aberrante</translation>
    </message>
    <message>
        <source>The dossier is already being submitted to the fund: it can no longer be cancelled here.</source>
        <translation>Le dossier est déjà en cours de dépôt auprès de la Caisse : il ne peut plus être annulé ici.</translation>
    </message>
    <message>
        <source>A queued document was removed from its dossier.</source>
        <translation>Un document en file d&apos;attente a été retiré de son dossier.</translation>
    </message>
    <message>
        <source>This account may not change the queue.</source>
        <translation>Ce compte ne peut pas modifier la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>The fund has not asked for documents for this dossier.</source>
        <translation>La Caisse n&apos;a pas demandé de pièces pour ce dossier.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>is too large to be examined</source>
        <translation>est trop volumineux pour être examiné</translation>
    </message>
    <message>
        <source>is neither a PDF nor a JPEG, PNG or TIFF image</source>
        <translation>n&apos;est ni un PDF ni une image JPEG, PNG ou TIFF</translation>
    </message>
    <message>
        <source>has a name that does not match its content (rename it with the right extension)</source>
        <translation>porte un nom qui ne correspond pas à son contenu (renommez-le avec la bonne extension)</translation>
    </message>
    <message>
        <source>is truncated: its end is missing</source>
        <translation>est tronqué : sa fin manque</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>is damaged and cannot be repaired safely</source>
        <translation>est endommagé et ne peut pas être réparé sans risque</translation>
    </message>
    <message>
        <source>has an absurd number of pages</source>
        <translation>a un nombre de pages aberrant</translation>
    </message>
    <message>
        <source>contains JavaScript, which is not allowed</source>
        <translation>contient du JavaScript, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains an action that launches programs, which is not allowed</source>
        <translation>contient une action qui lance des programmes, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains links or actions that open web addresses, which is not allowed</source>
        <translation>contient des liens ou des actions qui ouvrent des adresses web, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains actions that open or send other files, which is not allowed</source>
        <translation>contient des actions qui ouvrent ou envoient d&apos;autres fichiers, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains automatic actions, which is not allowed</source>
        <translation>contient des actions automatiques, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains embedded files, which is not allowed</source>
        <translation>contient des fichiers incorporés, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains an XFA form, which is not allowed</source>
        <translation>contient un formulaire XFA, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>contains multimedia content, which is not allowed</source>
        <translation>contient du contenu multimédia, ce qui n&apos;est pas admis</translation>
    </message>
    <message>
        <source>expands to an absurd size when read (a decompression bomb)</source>
        <translation>atteint une taille aberrante une fois décompressé (bombe de décompression)</translation>
    </message>
    <message>
        <source>contains an image of absurd dimensions</source>
        <translation>contient une image aux dimensions aberrantes</translation>
    </message>
    <message>
        <source>is an image that is damaged or truncated</source>
        <translation>est une image endommagée ou tronquée</translation>
    </message>
    <message>
        <source>took too long to examine and was given up</source>
        <translation>a demandé trop de temps d&apos;examen ; l&apos;examen a été abandonné</translation>
    </message>
    <message>
        <source>needs too much memory to examine</source>
        <translation>demande trop de mémoire pour être examiné</translation>
    </message>
    <message>
        <source>made the examination fail</source>
        <translation>a fait échouer l&apos;examen</translation>
    </message>
    <message>
        <source>Documents can only be changed while the dossier is being prepared.</source>
        <translation>Les documents ne peuvent être modifiés que pendant la préparation du dossier.</translation>
    </message>
    <message>
        <source>A signed document is never changed. Remove it and attach the corrected file.</source>
        <translation>Un document signé n&apos;est jamais modifié. Retirez-le et joignez le fichier corrigé.</translation>
    </message>
    <message>
        <source>A document needs at least one page; remove the document instead.</source>
        <translation>Un document doit garder au moins une page ; retirez plutôt le document.</translation>
    </message>
    <message>
        <source>A page that does not exist was asked for.</source>
        <translation>Une page qui n&apos;existe pas a été demandée.</translation>
    </message>
    <message>
        <source>Pages turn by quarter turns only.</source>
        <translation>Les pages ne tournent que par quarts de tour.</translation>
    </message>
    <message>
        <source>A number of persons is between 0 and 20.</source>
        <translation>Un nombre de personnes est compris entre 0 et 20.</translation>
    </message>
    <message>
        <source>No file was given.</source>
        <translation>Aucun fichier n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>their colour space is not one of grey, RGB, CMYK, ICC-based or indexed</source>
        <translation>leur espace colorimétrique n&apos;est ni gris, ni RVB, ni CMJN, ni ICC, ni indexé</translation>
    </message>
    <message>
        <source>their bit depth is not supported for this colour space</source>
        <translation>leur profondeur de couleur n&apos;est pas prise en charge pour cet espace colorimétrique</translation>
    </message>
    <message>
        <source>they are JBIG2-compressed, which is already compact</source>
        <translation>elles sont compressées en JBIG2, déjà très compact</translation>
    </message>
    <message>
        <source>they are JPEG 2000 and this installation cannot read JPEG 2000</source>
        <translation>elles sont en JPEG 2000 et cette installation ne sait pas lire le JPEG 2000</translation>
    </message>
    <message>
        <source>they are JPEG 2000 with transparency inside the image</source>
        <translation>elles sont en JPEG 2000 avec une transparence intégrée à l&apos;image</translation>
    </message>
    <message>
        <source>they use a colour-key mask, which lossy compression would break</source>
        <translation>elles utilisent un masque par couleur clé, qu&apos;une compression avec pertes détruirait</translation>
    </message>
    <message>
        <source>they are stencil masks (one colour painted through a shape)</source>
        <translation>ce sont des masques de détourage (une couleur peinte à travers une forme)</translation>
    </message>
    <message>
        <source>their transparency is pre-multiplied (/Matte)</source>
        <translation>leur transparence est prémultipliée (/Matte)</translation>
    </message>
    <message>
        <source>they carry a separate stencil mask</source>
        <translation>elles portent un masque de détourage séparé</translation>
    </message>
    <message>
        <source>they could not be decoded</source>
        <translation>elles n&apos;ont pas pu être décodées</translation>
    </message>
    <message>
        <source>they use a combination of compression filters that is not supported</source>
        <translation>elles utilisent une combinaison de filtres de compression non prise en charge</translation>
    </message>
    <message>
        <source>they are inline images, small and part of the page&apos;s drawing instructions</source>
        <translation>ce sont des images en ligne, petites et intégrées aux instructions de dessin de la page</translation>
    </message>
    <message>
        <source>The PIN is wrong. The token now allows only ONE more try: it was not at its last try before, and a further wrong PIN will lock it. Check the PIN before trying again.</source>
        <translation>Le code PIN est erroné. Le jeton n&apos;accepte plus qu&apos;UN SEUL essai : ce n&apos;était pas le cas avant, et un nouveau code erroné le bloquera. Vérifiez le code PIN avant de réessayer.</translation>
    </message>
    <message>
        <source>The PIN is wrong. The token has counted this wrong try and now warns that few tries are left before it locks. Check the PIN before trying again.</source>
        <translation>Le code PIN est erroné. Le jeton a compté cet essai et signale maintenant qu&apos;il reste peu d&apos;essais avant son blocage. Vérifiez le code PIN avant de réessayer.</translation>
    </message>
    <message>
        <source>The PIN is wrong again: one more try was used, and few tries are left before the token locks. Check the PIN before trying again.</source>
        <translation>Le code PIN est de nouveau erroné : un essai de plus a été utilisé, et il reste peu d&apos;essais avant le blocage du jeton. Vérifiez le code PIN avant de réessayer.</translation>
    </message>
    <message>
        <source>The PIN is wrong, and that was the last try: the token is now locked and cannot sign. Contact your certificate provider (Barid eSign) to unlock it with the unlock code.</source>
        <translation>Le code PIN est erroné et c&apos;était le dernier essai : le jeton est maintenant bloqué et ne peut plus signer. Contactez votre prestataire de certificats (Barid eSign) pour le débloquer avec le code de déblocage.</translation>
    </message>
    <message>
        <source>The PIN does not have the length or characters the token accepts. Check the PIN and try again.</source>
        <translation>Le code PIN n&apos;a pas la longueur ou les caractères acceptés par le jeton. Vérifiez le code PIN et réessayez.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN has expired. Change it with the token software (SafeNet Authentication Client), then sign again.</source>
        <translation>Le code PIN du jeton a expiré. Changez-le avec le logiciel du jeton (SafeNet Authentication Client), puis signez à nouveau.</translation>
    </message>
    <message>
        <source>The token stopped answering. Unplug it, plug it back in and sign again; no document was changed.</source>
        <translation>Le jeton ne répond plus. Débranchez-le, rebranchez-le et signez à nouveau ; aucun document n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The token reported an error. Unplug it, plug it back in and try again; if it persists, ask for support.</source>
        <translation>Le jeton a signalé une erreur. Débranchez-le, rebranchez-le et réessayez ; si le problème persiste, demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The private key of the signing certificate was not found on the token. Check the key label in the settings, or contact your certificate provider.</source>
        <translation>La clé privée du certificat de signature est introuvable sur le jeton. Vérifiez le libellé de clé dans les paramètres, ou contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>Several signing keys are on the token. Set the key label to use in the settings.</source>
        <translation>Plusieurs clés de signature sont sur le jeton. Indiquez dans les paramètres le libellé de la clé à utiliser.</translation>
    </message>
    <message>
        <source>The token holds no certificate meant for signatures (non-repudiation). Use your signature token, or contact your certificate provider.</source>
        <translation>Le jeton ne contient aucun certificat destiné à la signature (non-répudiation). Utilisez votre jeton de signature, ou contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>The signing certificate was not found on the token. Contact your certificate provider.</source>
        <translation>Le certificat de signature est introuvable sur le jeton. Contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>it does not load; it may be damaged or built for another kind of computer</source>
        <translation>il ne se charge pas ; il est peut-être endommagé ou conçu pour un autre type d&apos;ordinateur</translation>
    </message>
    <message>
        <source>it does not load</source>
        <translation>il ne se charge pas</translation>
    </message>
    <message>
        <source>No timestamp server is configured: a long-term signature needs one. Set its address in the settings.</source>
        <translation>Aucun serveur d&apos;horodatage n&apos;est configuré : une signature à long terme en a besoin. Indiquez son adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>The trusted root certificates of the fund profile are needed to gather the certificate status. Check the profile&apos;s trust anchors.</source>
        <translation>Les certificats racines de confiance du profil de la Caisse sont nécessaires pour obtenir l&apos;état du certificat. Vérifiez les ancres de confiance du profil.</translation>
    </message>
    <message>
        <source>The signed document could not be completed. Check the file.</source>
        <translation>Le document signé n&apos;a pas pu être complété. Vérifiez le fichier.</translation>
    </message>
    <message>
        <source>A signing certificate of this document has been revoked: the document cannot be made long-term valid. Sign it again with a valid certificate.</source>
        <translation>Un certificat de signature de ce document a été révoqué : le document ne peut pas être rendu valide à long terme. Signez-le à nouveau avec un certificat valide.</translation>
    </message>
    <message>
        <source>A signing certificate of this document does not lead to a trusted root certificate of the fund profile.</source>
        <translation>Un certificat de signature de ce document ne remonte pas à un certificat racine de confiance du profil de la Caisse.</translation>
    </message>
    <message>
        <source>The root certificate of the signing certificate is needed for a long-term signature. Add it in the settings, or sign at level B-T.</source>
        <translation>Le certificat racine du certificat de signature est nécessaire pour une signature à long terme. Ajoutez-le dans les paramètres, ou signez au niveau B-T.</translation>
    </message>
    <message>
        <source>The signing certificate has been revoked by its authority. Do not sign with it; contact your certificate provider.</source>
        <translation>Le certificat de signature a été révoqué par son autorité. Ne signez pas avec lui ; contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>The signing certificate does not lead to a trusted root certificate. Check the trusted root certificates in the settings.</source>
        <translation>Le certificat de signature ne remonte pas à un certificat racine de confiance. Vérifiez les certificats racines de confiance dans les paramètres.</translation>
    </message>
    <message>
        <source>The document already holds a signature in that field. Choose another field name.</source>
        <translation>Le document contient déjà une signature dans ce champ. Choisissez un autre nom de champ.</translation>
    </message>
    <message>
        <source>The document is certified against further changes and cannot be signed again.</source>
        <translation>Le document est certifié contre toute modification ultérieure et ne peut pas être signé à nouveau.</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing. Check the file, or export it again as PDF.</source>
        <translation>Le document n&apos;a pas pu être préparé pour la signature. Vérifiez le fichier, ou exportez-le à nouveau en PDF.</translation>
    </message>
    <message>
        <source>The chosen signature field is not in the document. Choose one of its empty signature fields, or sign without choosing a field.</source>
        <translation>Le champ de signature choisi n&apos;est pas dans le document. Choisissez l&apos;un de ses champs de signature vides, ou signez sans choisir de champ.</translation>
    </message>
    <message>
        <source>No font for the visible signature stamp was found on this computer. Install the DejaVu fonts, or turn the visible stamp off in the fund profile.</source>
        <translation>Aucune police pour le cachet de signature visible n&apos;a été trouvée sur cet ordinateur. Installez les polices DejaVu, ou désactivez le cachet visible dans le profil de la Caisse.</translation>
    </message>
    <message>
        <source>The visible signature stamp cannot be drawn: a component is missing from this installation. Reinstall Mellaf, or turn the visible stamp off in the fund profile.</source>
        <translation>Le cachet de signature visible ne peut pas être dessiné : un composant manque dans cette installation. Réinstallez Mellaf, ou désactivez le cachet visible dans le profil de la Caisse.</translation>
    </message>
    <message>
        <source>The font of the visible signature stamp cannot be read. Reinstall the DejaVu fonts, or turn the visible stamp off in the fund profile.</source>
        <translation>La police du cachet de signature visible est illisible. Réinstallez les polices DejaVu, ou désactivez le cachet visible dans le profil de la Caisse.</translation>
    </message>
    <message>
        <source>This document was already sent to the fund: it stays in the dossier.</source>
        <translation>Ce document a déjà été envoyé à la Caisse : il reste dans le dossier.</translation>
    </message>
    <message>
        <source>This document is already signed: its signature cannot move.</source>
        <translation>Ce document est déjà signé : sa signature ne peut plus être déplacée.</translation>
    </message>
    <message>
        <source>is the document already sent to the fund for this item; the fund needs a new one</source>
        <translation>est le document déjà envoyé à la Caisse pour cette pièce ; la Caisse en demande un nouveau</translation>
    </message>
    <message>
        <source>The token software could not be loaded (%1): %2. Install the token middleware (SafeNet Authentication Client) or correct the module path in the settings.</source>
        <translation>Le logiciel du jeton n&apos;a pas pu être chargé (%1) : %2. Installez le logiciel du jeton (SafeNet Authentication Client) ou corrigez le chemin du module dans les paramètres.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2. Renew it with your certificate provider before signing.</source>
        <translation>Le certificat de signature de %1 a expiré le %2. Renouvelez-le auprès de votre prestataire de certificats avant de signer.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 is valid only from %2. Check the computer&apos;s date and time, or wait until that day.</source>
        <translation>Le certificat de signature de %1 n&apos;est valide qu&apos;à partir du %2. Vérifiez la date et l&apos;heure de l&apos;ordinateur, ou attendez ce jour.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not meant for signatures (no non-repudiation key usage). Use your signature certificate, not the authentication one.</source>
        <translation>Le certificat de %1 n&apos;est pas destiné à la signature (pas d&apos;usage de non-répudiation). Utilisez votre certificat de signature, pas celui d&apos;authentification.</translation>
    </message>
    <message>
        <source>The signing token %1 was not found.%2 Plug in your token, wait a few seconds and try again.</source>
        <translation>Le jeton de signature %1 est introuvable.%2 Branchez votre jeton, attendez quelques secondes et réessayez.</translation>
    </message>
    <message>
        <source>Several tokens are connected (%1). Unplug the others, or choose the signing certificate in the Token tab.</source>
        <translation>Plusieurs jetons sont branchés (%1). Débranchez les autres, ou choisissez le certificat de signature dans l&apos;onglet Jeton.</translation>
    </message>
    <message>
        <source>Several tokens named %1 are connected. Unplug the others, or set the token&apos;s serial number in the settings.</source>
        <translation>Plusieurs jetons nommés %1 sont branchés. Débranchez les autres, ou indiquez le numéro de série du jeton dans les paramètres.</translation>
    </message>
    <message>
        <source>Several certificates are labelled %1 on the token. Set a key label in the settings.</source>
        <translation>Plusieurs certificats portent le libellé %1 sur le jeton. Indiquez un libellé de clé dans les paramètres.</translation>
    </message>
    <message>
        <source>Several signing certificates are on the token (%1). Set the key label to use in the settings.</source>
        <translation>Plusieurs certificats de signature sont sur le jeton (%1). Indiquez dans les paramètres le libellé de la clé à utiliser.</translation>
    </message>
    <message>
        <source>No signing key %1was found on the token. Check the key label in the settings, or contact your certificate provider.</source>
        <translation>Aucune clé de signature %1n&apos;a été trouvée sur le jeton. Vérifiez le libellé de clé dans les paramètres, ou contactez votre prestataire de certificats.</translation>
    </message>
    <message>
        <source>%1 holds no signature: sign it before adding long-term validation data.</source>
        <translation>%1 ne contient aucune signature : signez-le avant d&apos;ajouter les données de validation à long terme.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file. Scan or export the document again as PDF.</source>
        <translation>%1 n&apos;est pas un fichier PDF. Numérisez ou exportez à nouveau le document en PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password (encrypted). Ask for an unprotected copy, or export it again without protection.</source>
        <translation>%1 est protégé par un mot de passe (chiffré). Demandez une copie non protégée, ou exportez-le à nouveau sans protection.</translation>
    </message>
    <message>
        <source>The document %1 was not found. Check that it was not moved or deleted.</source>
        <translation>Le document %1 est introuvable. Vérifiez qu&apos;il n&apos;a été ni déplacé ni supprimé.</translation>
    </message>
    <message>
        <source>The document %1 cannot be read. Check the file and its permissions.</source>
        <translation>Le document %1 est illisible. Vérifiez le fichier et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF file. Scan or export the document again as PDF.</source>
        <translation>%1 est un fichier PDF endommagé. Numérisez ou exportez à nouveau le document en PDF.</translation>
    </message>
    <message>
        <source>The trusted root certificate file %1 cannot be read. Check the file in the settings (a PEM or DER certificate).</source>
        <translation>Le fichier de certificat racine de confiance %1 est illisible. Vérifiez le fichier dans les paramètres (un certificat PEM ou DER).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check the path.</source>
        <translation>Le fichier de certificat %1 est illisible. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check the path and its permissions.</source>
        <translation>Le fichier %1 est illisible. Vérifiez le chemin et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space, then sign again.</source>
        <translation>Le disque est plein : %1 n&apos;a pas pu être écrit. Libérez de la place, puis signez à nouveau.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (read-only or no permission). Choose another folder, then sign again.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1 (lecture seule ou droits insuffisants). Choisissez un autre dossier, puis signez à nouveau.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>%1 is encrypted; its signatures cannot be checked here.</source>
        <translation>%1 est chiffré ; ses signatures ne peuvent pas être vérifiées ici.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF file; its signatures cannot be checked.</source>
        <translation>%1 est un fichier PDF endommagé ; ses signatures ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>The fund asked for a new document for: %1. The document already sent does not answer the request: attach a new one, then sign and certify the dossier again.</source>
        <translation>La Caisse a demandé un nouveau document pour : %1. Le document déjà envoyé ne répond pas à la demande : joignez-en un nouveau, puis signez et certifiez à nouveau le dossier.</translation>
    </message>
    <message>
        <source>This account does not work on dossiers.</source>
        <translation>Ce compte ne traite pas de dossiers.</translation>
    </message>
    <message>
        <source>Your account is not active; ask the collectivity&apos;s responsible.</source>
        <translation>Votre compte n&apos;est pas actif ; adressez-vous au responsable de la collectivité.</translation>
    </message>
    <message>
        <source>This dossier is closed; it stays in the archive as it is.</source>
        <translation>Ce dossier est clos ; il reste tel quel dans les archives.</translation>
    </message>
    <message>
        <source>Someone changed this dossier&apos;s assignment meanwhile; look again.</source>
        <translation>Quelqu&apos;un a changé l&apos;attribution de ce dossier entre-temps ; vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>This dossier is assigned to a colleague; they or the responsible may release it.</source>
        <translation>Ce dossier est attribué à un collègue ; lui seul ou le responsable peut le libérer.</translation>
    </message>
    <message>
        <source>Only the assigned officer or the responsible releases a dossier.</source>
        <translation>Seul l&apos;agent attributaire ou le responsable libère un dossier.</translation>
    </message>
    <message>
        <source>Unknown export format: choose CSV or XLSX.</source>
        <translation>Format d&apos;export inconnu : choisissez CSV ou XLSX.</translation>
    </message>
    <message>
        <source>XLSX export needs the openpyxl package; export as CSV instead.</source>
        <translation>L&apos;export XLSX nécessite le paquet openpyxl ; exportez plutôt en CSV.</translation>
    </message>
    <message>
        <source>This dossier is another officer&apos;s: ask for a delegation, or for exceptional access with a reason.</source>
        <translation>Ce dossier est celui d&apos;un autre agent : demandez une délégation, ou un accès exceptionnel motivé.</translation>
    </message>
</context>
<context>
    <name>Corps</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingénieur</translation>
    </message>
    <message>
        <source>Administrative assistant</source>
        <translation>Adjoint administratif</translation>
    </message>
    <message>
        <source>Technical assistant</source>
        <translation>Adjoint technique</translation>
    </message>
    <message>
        <source>Clerk (rédacteur)</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Teacher-researcher</source>
        <translation>Enseignant-chercheur</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistrat</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <source>Last name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Prénom (arabe)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date de recrutement</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>PPR</source>
        <translation>PPR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>Périodes de service</translation>
    </message>
    <message>
        <source>Reference salary</source>
        <translation>Salaire de référence</translation>
    </message>
    <message>
        <source>Ask the fund for a correction</source>
        <translation>Demander une correction à la Caisse</translation>
    </message>
    <message>
        <source>Which field of the record of %1 is wrong? The request is kept on this computer and sent to the fund as soon as the platform answers.</source>
        <translation>Quelle donnée de la fiche de %1 est erronée ? La demande est conservée sur cet ordinateur et envoyée à la Caisse dès que la plateforme répond.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Donnée :</translation>
    </message>
    <message>
        <source>What is wrong, and what the right value is.</source>
        <translation>Ce qui est erroné, et la bonne valeur.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>No supporting document.</source>
        <translation>Aucune pièce justificative.</translation>
    </message>
    <message>
        <source>Choose a PDF…</source>
        <translation>Choisir un PDF…</translation>
    </message>
    <message>
        <source>Supporting PDF:</source>
        <translation>Pièce justificative (PDF) :</translation>
    </message>
    <message>
        <source>Queue the request</source>
        <translation>Mettre la demande en file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>%1: accepted by the fund on %2 — %3</source>
        <translation>%1 : accepté par la Caisse le %2 — %3</translation>
    </message>
    <message>
        <source>%1: refused by the fund on %2 — %3</source>
        <translation>%1 : refusé par la Caisse le %2 — %3</translation>
    </message>
    <message>
        <source>%1: answered on %2 — %3</source>
        <translation>%1 : réponse du %2 — %3</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the fund&apos;s answer</source>
        <translation>%1 : envoyée, en attente de la réponse de la Caisse</translation>
    </message>
    <message>
        <source>%1: refused by the platform — %2</source>
        <translation>%1 : refusée par la plateforme — %2</translation>
    </message>
    <message>
        <source>%1: queued, sent when the platform answers</source>
        <translation>%1 : en file, envoyée dès que la plateforme répond</translation>
    </message>
</context>
<context>
    <name>CorrectionsRetry</name>
    <message numerus="yes">
        <source>The fund answered %n correction request(s): open the affiliate&apos;s sheet to read the answer.</source>
        <translation>
            <numerusform>La caisse a répondu à %n demande de correction : ouvrez la fiche de l&apos;affilié pour lire la réponse.</numerusform>
            <numerusform>La caisse a répondu à %n demandes de correction : ouvrez la fiche de l&apos;affilié pour lire les réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending correction requests…</source>
        <translation>Envoi des demandes de correction…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n more in the Dossiers tab.</source>
        <translation>
            <numerusform>%n de plus dans l&apos;onglet Dossiers.</numerusform>
            <numerusform>%n de plus dans l&apos;onglet Dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today at a glance</source>
        <translation>Aujourd&apos;hui en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Dossiers of the collectivity</source>
        <translation>Dossiers de la collectivité</translation>
    </message>
    <message>
        <source>Waiting for certification</source>
        <translation>En attente de certification</translation>
    </message>
    <message>
        <source>Documents requested by the fund</source>
        <translation>Pièces demandées par la caisse</translation>
    </message>
    <message>
        <source>Departures in the coming months</source>
        <translation>Départs des prochains mois</translation>
    </message>
    <message>
        <source>Sending and connection</source>
        <translation>Envoi et connexion</translation>
    </message>
    <message>
        <source>No dossier yet. Find an affiliate in the Affiliates tab, then open a dossier from the sheet.</source>
        <translation>Aucun dossier pour l&apos;instant. Cherchez un affilié dans l&apos;onglet Affiliés, puis ouvrez un dossier depuis sa fiche.</translation>
    </message>
    <message>
        <source>Click to open the dossier</source>
        <translation>Cliquez pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>dossier opened</source>
        <translation>dossier ouvert</translation>
    </message>
    <message>
        <source>⚠ dossier to open now</source>
        <translation>⚠ dossier à ouvrir maintenant</translation>
    </message>
    <message>
        <source>dossier to open from %1</source>
        <translation>dossier à ouvrir à partir du %1</translation>
    </message>
    <message>
        <source>No dossier waits for certification.</source>
        <translation>Aucun dossier n&apos;attend de certification.</translation>
    </message>
    <message>
        <source>The fund has not asked for any document.</source>
        <translation>La caisse n&apos;a demandé aucune pièce.</translation>
    </message>
    <message>
        <source>Nobody reaches the age limit in the next %1 months.</source>
        <translation>Personne n&apos;atteint la limite d&apos;âge dans les %1 prochains mois.</translation>
    </message>
    <message numerus="yes">
        <source>Departures in the coming months (%n dossier(s) to open now)</source>
        <translation>
            <numerusform>Départs des prochains mois (%n dossier à ouvrir maintenant)</numerusform>
            <numerusform>Départs des prochains mois (%n dossiers à ouvrir maintenant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) waiting to be sent</source>
        <translation>
            <numerusform>%n étape en attente d&apos;envoi</numerusform>
            <numerusform>%n étapes en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) paused</source>
        <translation>
            <numerusform>%n étape en pause</numerusform>
            <numerusform>%n étapes en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed: see the Sending tab</source>
        <translation>
            <numerusform>%n étape en échec : voir l&apos;onglet Envoi</numerusform>
            <numerusform>%n étapes en échec : voir l&apos;onglet Envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochain essai : %1</translation>
    </message>
    <message>
        <source>Connection to the platform not checked yet.</source>
        <translation>Connexion à la plateforme pas encore vérifiée.</translation>
    </message>
    <message>
        <source>Connected to the platform.</source>
        <translation>Connecté à la plateforme.</translation>
    </message>
    <message>
        <source>The platform does not answer: work is kept and sent later.</source>
        <translation>La plateforme ne répond pas : le travail est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>Affiliates list updated: %1</source>
        <translation>Liste des affiliés mise à jour : %1</translation>
    </message>
    <message>
        <source>Affiliates list never updated.</source>
        <translation>Liste des affiliés jamais mise à jour.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Loadable</source>
        <translation>Chargeable</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>Wrong architecture</source>
        <translation>Mauvaise architecture</translation>
    </message>
    <message>
        <source>Does not load</source>
        <translation>Ne se charge pas</translation>
    </message>
    <message>
        <source>No file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>This path is a folder, not a library file.</source>
        <translation>Ce chemin est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>It is not a shared library this computer can load (unknown file format).</source>
        <translation>Ce n&apos;est pas une bibliothèque partagée que cet ordinateur peut charger (format de fichier inconnu).</translation>
    </message>
    <message>
        <source>It is a %1 library, made for another operating system; this computer needs %2.</source>
        <translation>C&apos;est une bibliothèque %1, faite pour un autre système d&apos;exploitation ; cet ordinateur a besoin de %2.</translation>
    </message>
    <message>
        <source>It is built for %1 (%2-bit) but Mellaf runs as %3 (%4-bit): install the %4-bit token software.</source>
        <translation>Elle est compilée pour %1 (%2 bits) mais Mellaf fonctionne en %3 (%4 bits) : installez le logiciel du jeton %4 bits.</translation>
    </message>
    <message>
        <source>It does not load (it may be damaged or incomplete): %1</source>
        <translation>Elle ne se charge pas (elle est peut-être endommagée ou incomplète) : %1</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <source>One PIN try left</source>
        <translation>Un seul essai de PIN restant</translation>
    </message>
    <message>
        <source>Few PIN tries left</source>
        <translation>Peu d&apos;essais de PIN restants</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Token software (PKCS#11 middleware) found on this computer, the connected tokens and the signing certificate in use. Copy the report for your IT support.</source>
        <translation>Logiciels de jeton (middleware PKCS#11) trouvés sur cet ordinateur, jetons connectés et certificat de signature utilisé. Copiez le rapport pour votre support informatique.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Token / certificate</source>
        <translation>Jeton / certificat</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>État du PIN</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Choose the signing certificate…</source>
        <translation>Choisir le certificat de signature…</translation>
    </message>
    <message>
        <source>Looking for token software…</source>
        <translation>Recherche des logiciels de jeton…</translation>
    </message>
    <message>
        <source>Chosen in the settings</source>
        <translation>Choisi dans les paramètres</translation>
    </message>
    <message>
        <source>Token software in use: %1</source>
        <translation>Logiciel de jeton utilisé : %1</translation>
    </message>
    <message>
        <source>No token software could be loaded. Install the token middleware (SafeNet Authentication Client) or set its path in the settings.</source>
        <translation>Aucun logiciel de jeton n&apos;a pu être chargé. Installez le middleware du jeton (SafeNet Authentication Client) ou indiquez son chemin dans les paramètres.</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>The report is copied.</source>
        <translation>Le rapport est copié.</translation>
    </message>
    <message>
        <source>Documents will be signed with the certificate of %1.</source>
        <translation>Les documents seront signés avec le certificat de %1.</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <source>%n file(s) attached to “%1”.</source>
        <translation>
            <numerusform>%n fichier joint à « %1 ».</numerusform>
            <numerusform>%n fichiers joints à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>These files were not attached; the dossier keeps its other documents:</source>
        <translation>Ces fichiers n&apos;ont pas été joints ; le dossier garde ses autres pièces :</translation>
    </message>
    <message>
        <source>Attach PDF files or scanned images (JPEG, PNG, TIFF).</source>
        <translation>Joignez des fichiers PDF ou des images numérisées (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>Checking and attaching the files…</source>
        <translation>Vérification et ajout des fichiers…</translation>
    </message>
    <message>
        <source>Removing the document…</source>
        <translation>Retrait de la pièce…</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Remove %1 from the dossier?</source>
        <translation>Retirer %1 du dossier ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Signing %1 of %2: %3</source>
        <translation>Signature %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Some documents were not signed</source>
        <translation>Des pièces n&apos;ont pas été signées</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. The dossier stays unsigned until every document is signed:</source>
        <translation>
            <numerusform>%n pièce signée. Le dossier reste non signé tant que toutes les pièces ne le sont pas :</numerusform>
            <numerusform>%n pièces signées. Le dossier reste non signé tant que toutes les pièces ne le sont pas :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. A supervisor can now certify the dossier.</source>
        <translation>
            <numerusform>%n pièce signée. Un certificateur peut maintenant certifier le dossier.</numerusform>
            <numerusform>%n pièces signées. Un certificateur peut maintenant certifier le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing the documents…</source>
        <translation>Signature des pièces…</translation>
    </message>
    <message>
        <source>Long-term validation incomplete</source>
        <translation>Validation à long terme incomplète</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) completed. These documents keep their earlier signature:</source>
        <translation>
            <numerusform>%n document complété. Ces documents gardent leur signature antérieure :</numerusform>
            <numerusform>%n documents complétés. Ces documents gardent leur signature antérieure :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) now carry long-term validation data.</source>
        <translation>
            <numerusform>%n document porte désormais les données de validation à long terme.</numerusform>
            <numerusform>%n documents portent désormais les données de validation à long terme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding long-term validation data…</source>
        <translation>Ajout des données de validation à long terme…</translation>
    </message>
    <message>
        <source>The dossier of %1 is certified.</source>
        <translation>Le dossier de %1 est certifié.</translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation>Certification…</translation>
    </message>
    <message>
        <source>Certify the dossier</source>
        <translation>Certifier le dossier</translation>
    </message>
    <message>
        <source>You certify that the signed documents of %1 are complete and correct.</source>
        <translation>Vous certifiez que les pièces signées de %1 sont complètes et exactes.</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certifier</translation>
    </message>
    <message>
        <source>Your signature token signs the dossier&apos;s cover sheet, which is sent with it.</source>
        <translation>Votre jeton de signature signe le bordereau du dossier, qui est envoyé avec lui.</translation>
    </message>
    <message>
        <source>The dossier was returned to its preparer.</source>
        <translation>Le dossier a été renvoyé à son préparateur.</translation>
    </message>
    <message>
        <source>Returning the dossier…</source>
        <translation>Renvoi du dossier…</translation>
    </message>
    <message>
        <source>The dossier is in the sending queue. It leaves with “Send now” or automatically when the platform answers.</source>
        <translation>Le dossier est dans la file d&apos;envoi. Il part avec « Envoyer maintenant » ou automatiquement quand la plateforme répond.</translation>
    </message>
    <message>
        <source>Queuing the dossier…</source>
        <translation>Mise en file d&apos;envoi…</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>PDF documents and scans (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG *.tif *.tiff)</source>
        <translation>Documents PDF et numérisations (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No dossier open. Open one from an affiliate&apos;s sheet or from the Dossiers tab.</source>
        <translation>Aucun dossier ouvert. Ouvrez-en un depuis la fiche d&apos;un affilié ou l&apos;onglet Dossiers.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Sign all documents</source>
        <translation>Signer toutes les pièces</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Certifier</translation>
    </message>
    <message>
        <source>Return with comment…</source>
        <translation>Renvoyer avec un commentaire…</translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation>Mettre en file d&apos;envoi</translation>
    </message>
    <message>
        <source>Cover sheet (PDF)…</source>
        <translation>Bordereau (PDF)…</translation>
    </message>
    <message>
        <source>Save the cover sheet (items, pages, SHA-256 of each document, in French and Arabic) followed by the documents, as one PDF for printing or archiving.</source>
        <translation>Enregistrer le bordereau (pièces, pages, SHA-256 de chaque document, en français et en arabe) suivi des documents, en un seul PDF à imprimer ou archiver.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signature check…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <source>Long-term validation…</source>
        <translation>Validation à long terme…</translation>
    </message>
    <message>
        <source>Add revocation data and a timestamp to signed documents (PAdES B-LT), without the token, while the platform and the timestamp service answer.</source>
        <translation>Ajouter les données de révocation et un horodatage aux pièces signées (PAdES B-LT), sans le support de signature, tant que la plateforme et le service d&apos;horodatage répondent.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Opening the dossier…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Membership no. %1 · opened on %2 by %3</source>
        <translation>N° d&apos;affiliation %1 · ouvert le %2 par %3</translation>
    </message>
    <message>
        <source>Returned by the supervisor — to correct: %1</source>
        <translation>Renvoyé par le certificateur — à corriger : %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>The fund asks for documents:</source>
        <translation>La Caisse demande des pièces :</translation>
    </message>
    <message>
        <source>At the fund: %1</source>
        <translation>À la Caisse : %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Mellaf</source>
        <translation>Mellaf</translation>
    </message>
    <message>
        <source>The fund</source>
        <translation>La Caisse</translation>
    </message>
    <message>
        <source>Next step: correct what the supervisor asks (replace a document if needed), then sign all the documents again.</source>
        <translation>Étape suivante : corriger ce que demande le certificateur (remplacer une pièce si besoin), puis signer à nouveau toutes les pièces.</translation>
    </message>
    <message numerus="yes">
        <source>Next step: attach the %n missing required document(s).</source>
        <translation>
            <numerusform>Étape suivante : joindre la pièce obligatoire manquante (%n).</numerusform>
            <numerusform>Étape suivante : joindre les %n pièces obligatoires manquantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step: sign all the documents (one PIN entry).</source>
        <translation>Étape suivante : signer toutes les pièces (un seul code PIN).</translation>
    </message>
    <message>
        <source>The preparer has to sign the documents.</source>
        <translation>Le préparateur doit signer les pièces.</translation>
    </message>
    <message>
        <source>Next step: a supervisor checks and certifies the dossier.</source>
        <translation>Étape suivante : un certificateur vérifie et certifie le dossier.</translation>
    </message>
    <message>
        <source>Next step: check the documents, then certify or return.</source>
        <translation>Étape suivante : vérifier les pièces, puis certifier ou renvoyer.</translation>
    </message>
    <message>
        <source>Next step: queue the dossier for sending.</source>
        <translation>Étape suivante : mettre le dossier en file d&apos;envoi.</translation>
    </message>
    <message>
        <source>The dossier waits in the sending queue (Sending tab).</source>
        <translation>Le dossier attend dans la file d&apos;envoi (onglet Envoi).</translation>
    </message>
    <message>
        <source>The fund asks for documents: see its message.</source>
        <translation>La Caisse demande des pièces : voir son message.</translation>
    </message>
    <message>
        <source>Choose the PDF files to attach</source>
        <translation>Choisir les fichiers PDF à joindre</translation>
    </message>
</context>
<context>
    <name>DossiersModel</name>
    <message>
        <source>Affiliate</source>
        <translation>Affilié</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>N° d&apos;affiliation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>At the fund</source>
        <translation>À la Caisse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
</context>
<context>
    <name>DossiersView</name>
    <message>
        <source>Dossiers of the collectivity</source>
        <translation>Dossiers de la collectivité</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>To certify</source>
        <translation>À certifier</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>At the fund</source>
        <translation>À la Caisse</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Show your colleagues that you work on this dossier now.</source>
        <translation>Indiquer à vos collègues que vous traitez ce dossier maintenant.</translation>
    </message>
    <message>
        <source>Release the dossier: nobody is assigned to it any more.</source>
        <translation>Libérer le dossier : il n&apos;est plus attribué à personne.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No dossier yet. Find an affiliate, then open a dossier from the sheet.</source>
        <translation>Aucun dossier pour l&apos;instant. Recherchez un affilié, puis ouvrez un dossier depuis sa fiche.</translation>
    </message>
    <message>
        <source>No dossier in this list.</source>
        <translation>Aucun dossier dans cette liste.</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Affichés : %1 sur %2</translation>
    </message>
    <message>
        <source>⚠ Overdue: %1</source>
        <translation>⚠ En retard : %1</translation>
    </message>
    <message>
        <source>Due within 30 days: %1</source>
        <translation>À rendre sous 30 jours : %1</translation>
    </message>
    <message>
        <source>%1 dossier(s) saved to %2.</source>
        <translation>%1 dossier(s) enregistré(s) dans %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the platform</source>
        <translation>Pas de connexion à la plateforme</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then try again. Your work is kept on this computer; queued dossiers leave when the connection returns.</source>
        <translation>Vérifiez le câble réseau ou le Wi-Fi, puis réessayez. Votre travail est conservé sur cet ordinateur ; les dossiers en file partiront au retour de la connexion.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Check your account and password. If your session has expired, sign in again with “Switch user”.</source>
        <translation>Vérifiez votre compte et votre mot de passe. Si votre session a expiré, reconnectez-vous avec « Changer d&apos;utilisateur ».</translation>
    </message>
    <message>
        <source>The platform has a problem</source>
        <translation>La plateforme rencontre un problème</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it lasts, call the fund&apos;s support desk.</source>
        <translation>Réessayez dans quelques minutes. Si cela dure, appelez l&apos;assistance de la Caisse.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform</source>
        <translation>Réponse inattendue de la plateforme</translation>
    </message>
    <message>
        <source>Mellaf may need an update. Tell your IT support; your work is kept.</source>
        <translation>Mellaf doit peut-être être mis à jour. Prévenez votre support informatique ; votre travail est conservé.</translation>
    </message>
    <message>
        <source>The platform refused the request</source>
        <translation>La plateforme a refusé la demande</translation>
    </message>
    <message>
        <source>Read the reason, correct the dossier, then try again.</source>
        <translation>Lisez le motif, corrigez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation>Erreur de la plateforme</translation>
    </message>
    <message>
        <source>Try again. If it lasts, call the fund&apos;s support desk.</source>
        <translation>Réessayez. Si cela dure, appelez l&apos;assistance de la Caisse.</translation>
    </message>
    <message>
        <source>Token locked</source>
        <translation>Token bloqué</translation>
    </message>
    <message>
        <source>Do not try again: contact the certificate provider (Barid eSign) with your unlock code.</source>
        <translation>Ne réessayez pas : contactez le prestataire de certificats (Barid eSign) avec votre code de déblocage.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN faux</translation>
    </message>
    <message>
        <source>Check the PIN carefully before signing again.</source>
        <translation>Vérifiez soigneusement le PIN avant de signer à nouveau.</translation>
    </message>
    <message>
        <source>Signing token not found</source>
        <translation>Token de signature introuvable</translation>
    </message>
    <message>
        <source>Plug in your token, wait a few seconds, then sign again.</source>
        <translation>Branchez votre token, attendez quelques secondes, puis signez à nouveau.</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Contact your certificate provider or your IT support.</source>
        <translation>Contactez votre prestataire de certificats ou votre support informatique.</translation>
    </message>
    <message>
        <source>Signing cancelled</source>
        <translation>Signature annulée</translation>
    </message>
    <message>
        <source>Nothing was changed. Sign again when you are ready.</source>
        <translation>Rien n&apos;a été modifié. Signez à nouveau quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Échec de la signature</translation>
    </message>
    <message>
        <source>Try again. If it lasts, ask your IT support.</source>
        <translation>Réessayez. Si cela dure, demandez à votre support informatique.</translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>Attach a PDF file (scan the paper to PDF if needed). Nothing else was changed.</source>
        <translation>Joignez un fichier PDF (numérisez le papier en PDF si besoin). Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The fund&apos;s request is not answered yet</source>
        <translation>La demande de la Caisse n&apos;a pas encore de réponse</translation>
    </message>
    <message>
        <source>Open the dossier: the requested items are marked in the checklist. Attach a new document for each, then sign and certify again.</source>
        <translation>Ouvrez le dossier : les pièces demandées sont signalées dans la liste. Joignez un nouveau document pour chacune, puis signez et certifiez à nouveau.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <source>Ask a colleague who holds the right role.</source>
        <translation>Demandez à un collègue qui a le rôle requis.</translation>
    </message>
    <message>
        <source>This cannot be done now</source>
        <translation>Impossible pour le moment</translation>
    </message>
    <message>
        <source>Refresh the dossier and check its state.</source>
        <translation>Actualisez le dossier et vérifiez son état.</translation>
    </message>
    <message>
        <source>The local database has a problem</source>
        <translation>La base de données locale a un problème</translation>
    </message>
    <message>
        <source>Close Mellaf and call your IT support before going on.</source>
        <translation>Fermez Mellaf et appelez votre support informatique avant de continuer.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problème de fichier</translation>
    </message>
    <message>
        <source>Check that the file exists, is not open elsewhere, and the disk is not full.</source>
        <translation>Vérifiez que le fichier existe, qu&apos;il n&apos;est pas ouvert ailleurs et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Mellaf met an unexpected problem. Your saved work is safe; the action was not completed.</source>
        <translation>Mellaf a rencontré un problème inattendu. Votre travail enregistré est intact ; l&apos;action n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the details below to your IT support.</source>
        <translation>Réessayez. Si cela se reproduit, envoyez les détails ci-dessous à votre support informatique.</translation>
    </message>
</context>
<context>
    <name>EstimateBox</name>
    <message>
        <source>Pension estimate (not a liquidation)</source>
        <translation>Estimation de la pension (pas une liquidation)</translation>
    </message>
    <message>
        <source> MAD</source>
        <translation> MAD</translation>
    </message>
    <message>
        <source>Monthly reference salary</source>
        <translation>Salaire de référence mensuel</translation>
    </message>
    <message>
        <source>Monthly reference salary:</source>
        <translation>Salaire de référence mensuel :</translation>
    </message>
    <message>
        <source>ESTIMATE: 2.5 % of the reference salary per year of effective service before 2017 and 2 % after (law 71.14), at most 100 %. The reference salary is the average of the last 8 years (to be confirmed by the fund); only the fund liquidates the pension.</source>
        <translation>ESTIMATION : 2,5 % du salaire de référence par année de services effectifs avant 2017 et 2 % après (loi 71.14), au plus 100 %. Le salaire de référence est la moyenne des 8 dernières années (à confirmer par la Caisse) ; seule la Caisse liquide la pension.</translation>
    </message>
    <message>
        <source>Type the reference salary to see an estimate.</source>
        <translation>Saisissez le salaire de référence pour voir une estimation.</translation>
    </message>
    <message>
        <source>About %1 MAD a month at the age limit (%2 % of the salary).</source>
        <translation>Environ %1 MAD par mois à la limite d&apos;âge (%2 % du salaire).</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export as XLSX</source>
        <translation>Exporter en XLSX</translation>
    </message>
</context>
<context>
    <name>FactsBar</name>
    <message>
        <source>The checklist depends on:</source>
        <translation>La liste des pièces dépend de :</translation>
    </message>
</context>
<context>
    <name>FieldChooser</name>
    <message>
        <source>Signature field</source>
        <translation>Champ de signature</translation>
    </message>
    <message>
        <source>“%1” already has empty signature fields. Choose where your signature and its stamp go:</source>
        <translation>« %1 » contient déjà des champs de signature vides. Choisissez où placer votre signature et son cachet :</translation>
    </message>
    <message>
        <source>A new stamp on the last page</source>
        <translation>Un nouveau cachet sur la dernière page</translation>
    </message>
    <message>
        <source>Field “%1” on page %2</source>
        <translation>Champ « %1 » en page %2</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>Champ « %1 »</translation>
    </message>
    <message>
        <source>Field “%1” (invisible)</source>
        <translation>Champ « %1 » (invisible)</translation>
    </message>
    <message>
        <source>Saving the choice…</source>
        <translation>Enregistrement du choix…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Mellaf</source>
        <translation>Bienvenue dans Mellaf</translation>
    </message>
    <message>
        <source>A few questions before the first sign-in. Choose the language.</source>
        <translation>Quelques questions avant la première connexion. Choisissez la langue.</translation>
    </message>
    <message>
        <source>The sign-in and the whole window use this language once the assistant closes. You can change it later in Settings.</source>
        <translation>La connexion et toute la fenêtre utilisent cette langue dès la fermeture de l&apos;assistant. Vous pourrez la changer plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Fund profile</source>
        <translation>Profil de la caisse</translation>
    </message>
    <message>
        <source>The fund&apos;s platform</source>
        <translation>La plateforme de la caisse</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Without a connection now you can still go on: the address is tested again at sign-in.</source>
        <translation>Sans connexion maintenant, vous pouvez quand même continuer : l&apos;adresse est de nouveau testée à la connexion.</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de la plateforme.</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Interrogation de la plateforme…</translation>
    </message>
    <message>
        <source>✓ The platform answers (API version %1).</source>
        <translation>✓ La plateforme répond (API version %1).</translation>
    </message>
    <message>
        <source>This address cannot be used: check how it is written.</source>
        <translation>Cette adresse est inutilisable : vérifiez son écriture.</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>Le test n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>✗ No answer: %1</source>
        <translation>✗ Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Signing token</source>
        <translation>Jeton de signature</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>Chercher &amp;de nouveau</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Looking for the token middleware…</source>
        <translation>Recherche du logiciel du jeton…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No token middleware was found on this computer. Install the one given with the token (e.g. SafeNet Authentication Client), then Look again, or go on and set it later in the Token tab.</source>
        <translation>Aucun logiciel de jeton n&apos;a été trouvé sur cet ordinateur. Installez celui fourni avec le jeton (par ex. SafeNet Authentication Client), puis Chercher de nouveau, ou continuez et réglez-le plus tard dans l&apos;onglet Jeton.</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>jetons : %1</translation>
    </message>
    <message>
        <source>no token connected</source>
        <translation>aucun jeton branché</translation>
    </message>
    <message>
        <source>None for now (set it later)</source>
        <translation>Aucun pour l&apos;instant (à régler plus tard)</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation>Choisir la bibliothèque PKCS#11 du jeton</translation>
    </message>
    <message>
        <source>Mellaf — first start</source>
        <translation>Mellaf — premier démarrage</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Mellaf</source>
        <translation>Mellaf</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Build %1 of %2</source>
        <translation>Build %1 du %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language, platform, signing token, data protection (%1)</source>
        <translation>Langue, plateforme, jeton de signature, protection des données (%1)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign out and let another officer sign in</source>
        <translation>Se déconnecter et laisser un autre agent se connecter</translation>
    </message>
    <message>
        <source>● Connection not checked yet</source>
        <translation>● Connexion pas encore vérifiée</translation>
    </message>
    <message>
        <source>● Connected to the platform</source>
        <translation>● Connecté à la plateforme</translation>
    </message>
    <message>
        <source>● Offline — work is kept and sent later</source>
        <translation>● Hors ligne — le travail est conservé et envoyé plus tard</translation>
    </message>
    <message>
        <source>Updating the affiliates list…</source>
        <translation>Mise à jour de la liste des affiliés…</translation>
    </message>
    <message>
        <source>Affiliates updated: %1</source>
        <translation>Affiliés mis à jour : %1</translation>
    </message>
    <message>
        <source>Affiliates never updated</source>
        <translation>Affiliés jamais mis à jour</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Dossier opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Dossier consulted</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Pièce retirée</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Pièce signée</translation>
    </message>
    <message>
        <source>Checklist complete</source>
        <translation>Liste des pièces complète</translation>
    </message>
    <message>
        <source>Checklist incomplete again</source>
        <translation>Liste des pièces de nouveau incomplète</translation>
    </message>
    <message>
        <source>All documents signed</source>
        <translation>Toutes les pièces signées</translation>
    </message>
    <message>
        <source>Certified by the supervisor</source>
        <translation>Certifié par le certificateur</translation>
    </message>
    <message>
        <source>Returned to the preparer</source>
        <translation>Renvoyé au préparateur</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>Mis en file d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending started</source>
        <translation>Envoi commencé</translation>
    </message>
    <message>
        <source>Submitted to the fund</source>
        <translation>Déposé à la Caisse</translation>
    </message>
    <message>
        <source>Under review at the fund</source>
        <translation>En instruction à la Caisse</translation>
    </message>
    <message>
        <source>Fund requested documents</source>
        <translation>Pièces demandées par la Caisse</translation>
    </message>
    <message>
        <source>Pension granted by the fund</source>
        <translation>Pension liquidée par la Caisse</translation>
    </message>
    <message>
        <source>Rejected by the fund</source>
        <translation>Rejeté par la Caisse</translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation>Dossier retiré</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Envoi annulé</translation>
    </message>
    <message>
        <source>Dossier facts changed</source>
        <translation>Données du dossier modifiées</translation>
    </message>
    <message>
        <source>Cover sheet made</source>
        <translation>Bordereau établi</translation>
    </message>
    <message>
        <source>Dossier assembled</source>
        <translation>Dossier assemblé</translation>
    </message>
    <message>
        <source>Dossier handed over to a colleague</source>
        <translation>Dossier transmis à un collègue</translation>
    </message>
    <message>
        <source>Dossier imported from a package</source>
        <translation>Dossier importé d&apos;un paquet</translation>
    </message>
    <message>
        <source>Dossier assigned to an officer</source>
        <translation>Dossier attribué à un agent</translation>
    </message>
    <message>
        <source>Dossier assignment removed</source>
        <translation>Attribution du dossier retirée</translation>
    </message>
    <message>
        <source>Dossier list exported</source>
        <translation>Liste des dossiers exportée</translation>
    </message>
    <message>
        <source>Document pages edited</source>
        <translation>Pages du document modifiées</translation>
    </message>
    <message>
        <source>Document made smaller</source>
        <translation>Document allégé</translation>
    </message>
    <message>
        <source>Signature field chosen</source>
        <translation>Champ de signature choisi</translation>
    </message>
    <message>
        <source>Signature made long-term</source>
        <translation>Signature rendue durable (LT)</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>Envoi suspendu</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>Envoi repris</translation>
    </message>
    <message>
        <source>Sending tried again</source>
        <translation>Envoi relancé</translation>
    </message>
    <message>
        <source>Affiliate record consulted</source>
        <translation>Fiche d&apos;affilié consultée</translation>
    </message>
    <message>
        <source>Affiliate list consulted or exported</source>
        <translation>Liste d&apos;affiliés consultée ou exportée</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>Correction demandée</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Coordonnées du compte modifiées</translation>
    </message>
    <message>
        <source>Account details consulted</source>
        <translation>Coordonnées du compte consultées</translation>
    </message>
    <message>
        <source>Local password set</source>
        <translation>Mot de passe local défini</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Compte suspendu</translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation>Compte gelé</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <source>Account change taken by the platform</source>
        <translation>Modification du compte prise en compte par la plateforme</translation>
    </message>
    <message>
        <source>Account change refused by the platform</source>
        <translation>Modification du compte refusée par la plateforme</translation>
    </message>
    <message>
        <source>Account added from the platform</source>
        <translation>Compte ajouté depuis la plateforme</translation>
    </message>
    <message>
        <source>Account changed at the platform</source>
        <translation>Compte modifié sur la plateforme</translation>
    </message>
    <message>
        <source>Account deleted at the platform</source>
        <translation>Compte supprimé sur la plateforme</translation>
    </message>
    <message>
        <source>New initial password issued</source>
        <translation>Nouveau mot de passe initial émis</translation>
    </message>
    <message>
        <source>Account role changed</source>
        <translation>Rôle du compte modifié</translation>
    </message>
    <message>
        <source>Designation form exported</source>
        <translation>Formulaire de désignation exporté</translation>
    </message>
    <message>
        <source>Offline package exported</source>
        <translation>Paquet hors ligne exporté</translation>
    </message>
    <message>
        <source>Offline package imported</source>
        <translation>Paquet hors ligne importé</translation>
    </message>
    <message>
        <source>Offline package refused</source>
        <translation>Paquet hors ligne refusé</translation>
    </message>
    <message>
        <source>Exceptional access requested</source>
        <translation>Accès exceptionnel demandé</translation>
    </message>
    <message>
        <source>Exceptional access approved</source>
        <translation>Accès exceptionnel accordé</translation>
    </message>
    <message>
        <source>Exceptional access refused</source>
        <translation>Accès exceptionnel refusé</translation>
    </message>
    <message>
        <source>Dossier used under a delegation</source>
        <translation>Dossier utilisé par délégation</translation>
    </message>
    <message>
        <source>Dossier used under exceptional access</source>
        <translation>Dossier utilisé par accès exceptionnel</translation>
    </message>
    <message>
        <source>Dossiers delegated</source>
        <translation>Dossiers délégués</translation>
    </message>
    <message>
        <source>Delegation ended</source>
        <translation>Délégation terminée</translation>
    </message>
    <message>
        <source>Personal data purged (retention)</source>
        <translation>Données personnelles purgées (conservation)</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed in offline</source>
        <translation>Connexion hors ligne</translation>
    </message>
    <message>
        <source>Offline sign-in refused</source>
        <translation>Connexion hors ligne refusée</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <source>Unlock refused (wrong password)</source>
        <translation>Déverrouillage refusé (mot de passe erroné)</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Create the dossier at the fund</source>
        <translation>Créer le dossier à la Caisse</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>Submit the dossier</source>
        <translation>Déposer le dossier</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affilié</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Mellaf — locked</source>
        <translation>Mellaf — verrouillé</translation>
    </message>
    <message>
        <source>Mellaf is locked</source>
        <translation>Mellaf est verrouillé</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Enter its password to go on, or switch user: the session is then signed out and nothing of it stays on screen.</source>
        <translation>La session de %1 a été verrouillée. Saisissez son mot de passe pour continuer, ou changez d&apos;utilisateur : la session est alors fermée et rien n&apos;en reste à l&apos;écran.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password, or this account may no longer work here. %n try(s) left before the session is signed out.</source>
        <translation>
            <numerusform>Mot de passe erroné, ou ce compte n&apos;est peut-être plus valable ici. Encore %n essai avant la fermeture de la session.</numerusform>
            <numerusform>Mot de passe erroné, ou ce compte n&apos;est peut-être plus valable ici. Encore %n essais avant la fermeture de la session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Offline you can search the affiliates already on this computer, prepare, sign and certify dossiers, and export offline packages. You cannot update the affiliates list, send dossiers or receive the fund&apos;s answers: dossiers wait in the sending queue until you sign in again online.</source>
        <translation>Hors ligne, vous pouvez rechercher les affiliés déjà présents sur cet ordinateur, préparer, signer et certifier des dossiers, et exporter des paquets hors ligne. Vous ne pouvez pas mettre à jour la liste des affiliés, envoyer des dossiers ni recevoir les réponses de la caisse : les dossiers attendent dans la file d&apos;envoi jusqu&apos;à votre prochaine connexion en ligne.</translation>
    </message>
    <message>
        <source>Signed in offline: the platform was not reached.</source>
        <translation>Connecté hors ligne : la plateforme n&apos;a pas pu être jointe.</translation>
    </message>
    <message>
        <source>Mellaf — sign in</source>
        <translation>Mellaf — connexion</translation>
    </message>
    <message>
        <source>Sign in to the pension platform</source>
        <translation>Connexion à la plateforme des pensions</translation>
    </message>
    <message>
        <source>Choose a demo account…</source>
        <translation>Choisir un compte de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Demo account:</source>
        <translation>Compte de &amp;démo :</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>&amp;Adresse de la plateforme :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in &amp;offline</source>
        <translation>Se connecter &amp;hors ligne</translation>
    </message>
    <message>
        <source>Checks your password against the one last accepted online on this computer</source>
        <translation>Vérifie votre mot de passe par rapport au dernier accepté en ligne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>platform address</source>
        <translation>adresse de la plateforme</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Veuillez remplir : %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking the password on this computer…</source>
        <translation>Vérification du mot de passe sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Offline sign-in refused</source>
        <translation>Connexion hors ligne refusée</translation>
    </message>
    <message>
        <source>The password does not match the one last accepted online on this computer, or this account never signed in online here, or it is suspended.</source>
        <translation>Le mot de passe ne correspond pas au dernier accepté en ligne sur cet ordinateur, ou ce compte ne s&apos;est jamais connecté en ligne ici, ou il est suspendu.</translation>
    </message>
    <message>
        <source>Check the password. Otherwise sign in online once the platform answers, or ask your collectivity&apos;s responsible.</source>
        <translation>Vérifiez le mot de passe. Sinon, connectez-vous en ligne dès que la plateforme répond, ou adressez-vous au responsable de votre collectivité.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mellaf — pension dossiers</source>
        <translation>Mellaf — dossiers de pension</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Affiliates</source>
        <translation>&amp;Affiliés</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>Dossier ou&amp;vert</translation>
    </message>
    <message>
        <source>Se&amp;nding</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>Dé&amp;parts</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Updating the affiliates list…</source>
        <translation>Mise à jour de la liste des affiliés…</translation>
    </message>
    <message>
        <source>Updating the affiliates list: %1 received…</source>
        <translation>Mise à jour de la liste des affiliés : %1 reçus…</translation>
    </message>
    <message numerus="yes">
        <source>Affiliates list up to date (%n change(s)).</source>
        <translation>
            <numerusform>Liste des affiliés à jour (%n changement).</numerusform>
            <numerusform>Liste des affiliés à jour (%n changements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Affiliates list not updated: no connection. Searching by number still works with the platform when it answers.</source>
        <translation>Liste des affiliés non mise à jour : pas de connexion. La recherche par numéro interroge la plateforme dès qu&apos;elle répond.</translation>
    </message>
    <message>
        <source>Affiliates list not updated.</source>
        <translation>Liste des affiliés non mise à jour.</translation>
    </message>
    <message>
        <source>The platform does not answer. You can keep working; dossiers in the queue leave when the connection returns.</source>
        <translation>La plateforme ne répond pas. Vous pouvez continuer à travailler ; les dossiers en file partiront au retour de la connexion.</translation>
    </message>
    <message>
        <source>Connection to the platform restored.</source>
        <translation>Connexion à la plateforme rétablie.</translation>
    </message>
    <message>
        <source>The fund updated the dossier of %1: %2.</source>
        <translation>La Caisse a mis à jour le dossier de %1 : %2.</translation>
    </message>
    <message>
        <source>Pac&amp;kages</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>The fund accepted the correction of “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>La caisse a accepté la correction de « %1 » pour l’affilié n° %2. Son commentaire : %3</translation>
    </message>
    <message>
        <source>The fund refused the correction of “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>La caisse a refusé la correction de « %1 » pour l’affilié n° %2. Son commentaire : %3</translation>
    </message>
    <message>
        <source>The fund answered the correction request on “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>La caisse a répondu à la demande de correction de « %1 » pour l’affilié n° %2. Son commentaire : %3</translation>
    </message>
    <message>
        <source>The fund asks for documents for the dossier of %1. Open the dossier, reopen it and add the requested documents.</source>
        <translation>La Caisse demande des pièces pour le dossier de %1. Ouvrez le dossier, rouvrez-le et ajoutez les pièces demandées.</translation>
    </message>
    <message>
        <source>Sending the dossier of %1 stopped: see the reason in the queue, fix it, then choose “Try again”.</source>
        <translation>L&apos;envoi du dossier de %1 s&apos;est arrêté : voyez la raison dans la file d&apos;envoi, corrigez-la, puis choisissez « Réessayer ».</translation>
    </message>
    <message>
        <source>The dossier of %1 is now: %2.</source>
        <translation>Le dossier de %1 est maintenant : %2.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>No news from the fund yet.</source>
        <translation>Pas encore de nouvelles de la Caisse.</translation>
    </message>
    <message numerus="yes">
        <source>News from the fund (%n unread)</source>
        <translation>
            <numerusform>Nouvelles de la Caisse (%n non lue)</numerusform>
            <numerusform>Nouvelles de la Caisse (%n non lues)</numerusform>
        </translation>
    </message>
    <message>
        <source>This affiliate is not in the list on this computer: update the affiliates list, then search for them.</source>
        <translation>Cet affilié n’est pas dans la liste de cet ordinateur : mettez à jour la liste des affiliés, puis recherchez-le.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>PackagesView</name>
    <message>
        <source>Offline packages</source>
        <translation>Paquets hors ligne</translation>
    </message>
    <message>
        <source>Without internet, carry certified dossiers to the kiosk on a USB stick: the package is sealed with your token. At the kiosk, importing it checks the seal, every file and every signature, then queues the dossiers under your account.</source>
        <translation>Sans internet, portez les dossiers certifiés à la borne sur une clé USB : le paquet est scellé avec votre jeton. À la borne, l’import vérifie le sceau, chaque fichier et chaque signature, puis met les dossiers en file d’envoi sous votre compte.</translation>
    </message>
    <message>
        <source>Export certified dossiers…</source>
        <translation>Exporter les dossiers certifiés…</translation>
    </message>
    <message>
        <source>Export the affiliate extract…</source>
        <translation>Exporter l’extrait des affiliés…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Encrypt the package with a passphrase</source>
        <translation>Chiffrer le paquet avec une phrase secrète</translation>
    </message>
    <message>
        <source>Whoever finds the USB stick cannot read it. Give the passphrase to the kiosk by another way (by phone, not on the stick).</source>
        <translation>Qui trouve la clé USB ne peut pas le lire. Communiquez la phrase secrète à la borne par un autre moyen (par téléphone, pas sur la clé).</translation>
    </message>
    <message>
        <source>Passphrase (12 characters or more)</source>
        <translation>Phrase secrète (12 caractères ou plus)</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>La phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <source>Mellaf packages (*.mellaf)</source>
        <translation>Paquets Mellaf (*.mellaf)</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Package number %1 written to %2 (%3 item(s)).</source>
        <translation>Paquet numéro %1 écrit dans %2 (%3 élément(s)).</translation>
    </message>
    <message>
        <source>Encrypted package</source>
        <translation>Paquet chiffré</translation>
    </message>
    <message>
        <source>This package is encrypted. Its passphrase:</source>
        <translation>Ce paquet est chiffré. Sa phrase secrète :</translation>
    </message>
    <message>
        <source>Package number %1 imported: %2 dossier(s) queued.</source>
        <translation>Paquet numéro %1 importé : %2 dossier(s) en file d’envoi.</translation>
    </message>
    <message>
        <source>Package number %1 imported: %2 affiliate(s).</source>
        <translation>Paquet numéro %1 importé : %2 affilié(s).</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <source>Pages of %1</source>
        <translation>Pages de %1</translation>
    </message>
    <message>
        <source>Drag the pages to put them in order; turn or remove the selected page. Saving makes a new copy: the file as attached stays in the dossier&apos;s history.</source>
        <translation>Faites glisser les pages pour les mettre en ordre ; tournez ou retirez la page choisie. L&apos;enregistrement crée une nouvelle copie : le fichier tel que joint reste dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Tourner à gauche</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Tourner à droite</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Retirer la page</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 turned by %2° — saved when you click Save.</source>
        <translation>Page %1 tournée de %2° — enregistré quand vous cliquez sur Enregistrer.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Attach every required document first.</source>
        <translation>Joignez d&apos;abord toutes les pièces obligatoires.</translation>
    </message>
    <message>
        <source>The documents are already signed.</source>
        <translation>Les pièces sont déjà signées.</translation>
    </message>
    <message>
        <source>The preparer must sign all the documents first.</source>
        <translation>Le préparateur doit d&apos;abord signer toutes les pièces.</translation>
    </message>
    <message>
        <source>This dossier is already certified.</source>
        <translation>Ce dossier est déjà certifié.</translation>
    </message>
    <message>
        <source>A supervisor must certify the dossier first.</source>
        <translation>Un certificateur doit d&apos;abord certifier le dossier.</translation>
    </message>
    <message>
        <source>This dossier is already queued or sent.</source>
        <translation>Ce dossier est déjà en file d&apos;envoi ou envoyé.</translation>
    </message>
    <message>
        <source>Not possible in the dossier&apos;s current state.</source>
        <translation>Impossible dans l&apos;état actuel du dossier.</translation>
    </message>
    <message>
        <source>Only the preparer signs the documents.</source>
        <translation>Seul le préparateur signe les pièces.</translation>
    </message>
    <message>
        <source>Only a supervisor (certifier) can certify or return a dossier.</source>
        <translation>Seul un superviseur (certificateur) peut certifier ou renvoyer un dossier.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>This dossier belongs to another collectivity.</source>
        <translation>Ce dossier appartient à une autre collectivité.</translation>
    </message>
    <message>
        <source>You prepared this dossier: another supervisor must certify it.</source>
        <translation>Vous avez préparé ce dossier : un autre superviseur doit le certifier.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Signing token PIN</source>
        <translation>Code PIN du token de signature</translation>
    </message>
    <message>
        <source>Enter the PIN of your signing token. It is asked once for all the documents.</source>
        <translation>Saisissez le code PIN de votre token de signature. Il est demandé une seule fois pour toutes les pièces.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This token&apos;s PIN is locked after too many wrong tries. It cannot sign. Contact the certificate provider (Barid eSign) with your unlock code.</source>
        <translation>Le PIN de ce token est bloqué après trop d&apos;essais faux. Il ne peut pas signer. Contactez le prestataire de certificats (Barid eSign) avec votre code de déblocage.</translation>
    </message>
    <message>
        <source>Warning: only ONE try is left. A wrong PIN now locks the token. Check the PIN before typing it.</source>
        <translation>Attention : il ne reste qu&apos;UN essai. Un PIN faux maintenant bloque le token. Vérifiez le PIN avant de le saisir.</translation>
    </message>
    <message>
        <source>Warning: a wrong PIN was entered before; few tries are left before the token locks.</source>
        <translation>Attention : un PIN faux a déjà été saisi ; il reste peu d&apos;essais avant le blocage du token.</translation>
    </message>
    <message>
        <source>Type the PIN on the keypad of the reader of %1.</source>
        <translation>Saisissez le PIN sur le clavier du lecteur de %1.</translation>
    </message>
</context>
<context>
    <name>PlannerModel</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>None — due now</source>
        <translation>Aucun — à ouvrir maintenant</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Limite d&apos;âge</translation>
    </message>
    <message>
        <source>Dossier from</source>
        <translation>Dossier à partir du</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>N° d&apos;affiliation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Departures at the age limit</source>
        <translation>Départs à la limite d&apos;âge</translation>
    </message>
    <message>
        <source>Coming months:</source>
        <translation>Mois à venir :</translation>
    </message>
    <message>
        <source>Horizon in months</source>
        <translation>Horizon en mois</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Listing departures…</source>
        <translation>Liste des départs…</translation>
    </message>
    <message>
        <source>%1 departure(s); %2 dossier(s) due and not opened.</source>
        <translation>%1 départ(s) ; %2 dossier(s) à ouvrir et pas encore ouverts.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>PortfolioFilters</name>
    <message>
        <source>All open dossiers</source>
        <translation>Tous les dossiers en cours</translation>
    </message>
    <message>
        <source>Archive (closed dossiers)</source>
        <translation>Archives (dossiers clos)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>Dossiers this officer prepares or is assigned to.</source>
        <translation>Dossiers que cet agent prépare ou qui lui sont attribués.</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Échéance plus lointaine</translation>
    </message>
    <message>
        <source>Search: membership no., PPR or name</source>
        <translation>Rechercher : n° d&apos;affiliation, PPR ou nom</translation>
    </message>
    <message>
        <source>Search the dossiers</source>
        <translation>Rechercher dans les dossiers</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribués</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>Échéance proche : %1</translation>
    </message>
    <message>
        <source>No due date: only age-limit dossiers have one.</source>
        <translation>Pas d&apos;échéance : seuls les dossiers de limite d&apos;âge en ont une.</translation>
    </message>
    <message>
        <source>Age limit on %1; the dossier is due by %2 (the fund&apos;s lead time before the limit).</source>
        <translation>Limite d&apos;âge le %1 ; le dossier est à rendre au plus tard le %2 (le délai de la caisse avant la limite).</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message>
        <source>Saving the pages…</source>
        <translation>Enregistrement des pages…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) left as they are: %1.</source>
        <translation>
            <numerusform>%n image laissée telle quelle : %1.</numerusform>
            <numerusform>%n images laissées telles quelles : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reducing the size…</source>
        <translation>Réduction de la taille…</translation>
    </message>
    <message>
        <source>Before: %1 · after: %2 (limit: %3).</source>
        <translation>Avant : %1 · après : %2 (limite : %3).</translation>
    </message>
    <message>
        <source>Reduce the size</source>
        <translation>Réduire la taille</translation>
    </message>
    <message>
        <source>This document has no scanned image that can be reduced further.</source>
        <translation>Ce document n&apos;a pas d&apos;image numérisée qui puisse être réduite davantage.</translation>
    </message>
    <message>
        <source>Scanned pages can be brought down to a readable resolution. Replace the document with the smaller copy?</source>
        <translation>Les pages numérisées peuvent être ramenées à une résolution lisible. Remplacer le document par la copie plus légère ?</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Measuring the reduced size…</source>
        <translation>Calcul de la taille réduite…</translation>
    </message>
    <message>
        <source>Save the cover sheet and documents</source>
        <translation>Enregistrer le bordereau et les documents</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cover sheet and the package…</source>
        <translation>Préparation du bordereau et du dossier complet…</translation>
    </message>
    <message>
        <source>Updating the checklist…</source>
        <translation>Mise à jour de la liste des pièces…</translation>
    </message>
</context>
<context>
    <name>QueueSender</name>
    <message>
        <source>Sending the dossiers to the fund…</source>
        <translation>Envoi des dossiers à la Caisse…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Sending to the fund</source>
        <translation>Envoi à la Caisse</translation>
    </message>
    <message>
        <source>Certified dossiers wait here until the platform has received them. Nothing is lost if the connection drops: sending resumes where it stopped.</source>
        <translation>Les dossiers certifiés attendent ici jusqu&apos;à leur réception par la plateforme. Rien n&apos;est perdu si la connexion coupe : l&apos;envoi reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Refresh the statuses</source>
        <translation>Actualiser les statuts</translation>
    </message>
    <message>
        <source>Ask the fund where each sent dossier stands</source>
        <translation>Demander à la Caisse où en est chaque dossier envoyé</translation>
    </message>
    <message>
        <source>Nothing to send. A certified dossier appears here after “Queue for sending”.</source>
        <translation>Rien à envoyer. Un dossier certifié apparaît ici après « Mettre en file d&apos;envoi ».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Hold the selected dossier in the queue</source>
        <translation>Retenir le dossier sélectionné dans la file</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try the selected dossier&apos;s waiting or failed steps now</source>
        <translation>Relancer maintenant les étapes en attente ou en échec du dossier sélectionné</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Take the selected dossier out of the queue (possible until its submission)</source>
        <translation>Retirer le dossier sélectionné de la file (possible jusqu&apos;à son dépôt)</translation>
    </message>
    <message>
        <source>Take this dossier out of the queue? It stays certified and can be queued again later. Nothing already received by the fund is lost.</source>
        <translation>Retirer ce dossier de la file d&apos;envoi ? Il reste certifié et pourra être remis dans la file plus tard. Rien de ce que la Caisse a déjà reçu n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Take it out</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <source>Offline: the platform does not answer. You can keep working; the queue is kept and leaves by itself when the platform answers again.</source>
        <translation>Hors ligne : la plateforme ne répond pas. Vous pouvez continuer à travailler ; la file est conservée et partira d&apos;elle-même quand la plateforme répondra de nouveau.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Sending %1 (%2 of %3)</source>
        <translation>Envoi de %1 (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n étape effectuée</numerusform>
            <numerusform>%n étapes effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the platform: the dossiers stay in the queue and leave when it answers again.</source>
        <translation>Pas de connexion à la plateforme : les dossiers restent dans la file et partiront dès qu&apos;elle répondra.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the dossier to the preparer</source>
        <translation>Renvoyer le dossier au préparateur</translation>
    </message>
    <message>
        <source>Say what the preparer must correct in the dossier of %1. The signatures are removed; the preparer signs again after correcting.</source>
        <translation>Indiquez ce que le préparateur doit corriger dans le dossier de %1. Les signatures sont retirées ; le préparateur signe à nouveau après correction.</translation>
    </message>
    <message>
        <source>For example: the statement of services is not signed.</source>
        <translation>Par exemple : l&apos;état des services n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>Return the dossier</source>
        <translation>Renvoyer le dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <source>Supervisor (certifier)</source>
        <translation>Superviseur (certificateur)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Find an affiliate</source>
        <translation>Rechercher un affilié</translation>
    </message>
    <message>
        <source>Membership no., PPR, CIN or name</source>
        <translation>N° d&apos;affiliation, PPR, CIN ou nom</translation>
    </message>
    <message>
        <source>Search an affiliate</source>
        <translation>Rechercher un affilié</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Type a membership number, a PPR, a CIN or part of a name, then press Enter.</source>
        <translation>Saisissez un numéro d&apos;affiliation, un PPR, une CIN ou une partie du nom, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No affiliate of your collectivity matches “%1”. Check the number, or wait for the affiliates list to finish updating.</source>
        <translation>Aucun affilié de votre collectivité ne correspond à « %1 ». Vérifiez le numéro, ou attendez la fin de la mise à jour de la liste des affiliés.</translation>
    </message>
    <message>
        <source>The platform could not be asked (no connection): only the affiliates already on this computer were searched.</source>
        <translation>La plateforme n&apos;a pas pu être interrogée (pas de connexion) : seuls les affiliés déjà présents sur cet ordinateur ont été cherchés.</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliate(s) found.</source>
        <translation>
            <numerusform>%n affilié trouvé.</numerusform>
            <numerusform>%n affiliés trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Confirmed by the platform recently</source>
        <translation>Confirmé récemment par la plateforme</translation>
    </message>
    <message>
        <source>Not confirmed by the platform for more than %1 days: this record may be out of date. Update the affiliates list.</source>
        <translation>Non confirmé par la plateforme depuis plus de %1 jours : cette fiche n&apos;est peut-être plus à jour. Mettez à jour la liste des affiliés.</translation>
    </message>
    <message>
        <source>The affiliates list was never fully updated: results may be partial.</source>
        <translation>La liste des affiliés n&apos;a jamais été entièrement mise à jour : les résultats peuvent être incomplets.</translation>
    </message>
    <message>
        <source>The affiliates list was last updated on %1, more than %2 days ago: these records may be out of date.</source>
        <translation>La liste des affiliés a été mise à jour pour la dernière fois le %1, il y a plus de %2 jours : ces fiches peuvent être périmées.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Signing token</source>
        <translation>Jeton de signature</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the interface. Arabic mirrors the whole window. The new language applies at the next start of Mellaf.</source>
        <translation>Langue de l&apos;interface. L&apos;arabe inverse toute la fenêtre. La nouvelle langue s&apos;applique au prochain démarrage de Mellaf.</translation>
    </message>
    <message>
        <source>&amp;Fund profile</source>
        <translation>&amp;Profil de la caisse</translation>
    </message>
    <message>
        <source>The fund&apos;s rules and checklists Mellaf follows (e.g. cmr for the CMR).</source>
        <translation>Les règles et listes de pièces de la caisse que Mellaf suit (par ex. cmr pour la CMR).</translation>
    </message>
    <message>
        <source>Platform &amp;address</source>
        <translation>&amp;Adresse de la plateforme</translation>
    </message>
    <message>
        <source>Address of the fund&apos;s platform, for example https://e-retraite.example/api/v1. Applies at the next sign-in.</source>
        <translation>Adresse de la plateforme de la caisse, par exemple https://e-retraite.example/api/v1. S&apos;applique à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Status refresh (seconds)</source>
        <translation>Actualisation des statuts (secondes)</translation>
    </message>
    <message>
        <source>How often Mellaf asks the fund for the state of sent dossiers.</source>
        <translation>Fréquence à laquelle Mellaf demande à la caisse l&apos;état des dossiers envoyés.</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>Dernier compte</translation>
    </message>
    <message>
        <source>Account proposed at the next sign-in.</source>
        <translation>Compte proposé à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Signing &amp;with</source>
        <translation>Signer &amp;avec</translation>
    </message>
    <message>
        <source>A hardware token for real signatures; a software certificate only for the demo and training.</source>
        <translation>Un jeton matériel pour les vraies signatures ; un certificat logiciel seulement pour la démo et la formation.</translation>
    </message>
    <message>
        <source>Token &amp;middleware</source>
        <translation>&amp;Logiciel du jeton</translation>
    </message>
    <message>
        <source>File of the token&apos;s PKCS#11 library (e.g. SafeNet&apos;s eTPKCS11.dll). Empty: Mellaf looks in the usual places.</source>
        <translation>Fichier de la bibliothèque PKCS#11 du jeton (par ex. eTPKCS11.dll de SafeNet). Vide : Mellaf cherche aux endroits habituels.</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Name of the token to use when several are connected.</source>
        <translation>Nom du jeton à utiliser quand plusieurs sont branchés.</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Name of the signing key on the token. Empty: the only one.</source>
        <translation>Nom de la clé de signature sur le jeton. Vide : la seule présente.</translation>
    </message>
    <message>
        <source>Token serial number</source>
        <translation>Numéro de série du jeton</translation>
    </message>
    <message>
        <source>Serial number of the token to use. Empty: any token.</source>
        <translation>Numéro de série du jeton à utiliser. Vide : n&apos;importe quel jeton.</translation>
    </message>
    <message>
        <source>Certificate label</source>
        <translation>Nom du certificat</translation>
    </message>
    <message>
        <source>The signing certificate chosen in the Token tab (Choose the signing certificate…).</source>
        <translation>Le certificat de signature choisi dans l&apos;onglet Jeton (Choisir le certificat de signature…).</translation>
    </message>
    <message>
        <source>Name in Arabic on the stamp</source>
        <translation>Nom en arabe sur le cachet</translation>
    </message>
    <message>
        <source>The signer&apos;s name in Arabic letters, shown on the visible signature.</source>
        <translation>Le nom du signataire en lettres arabes, affiché sur la signature visible.</translation>
    </message>
    <message>
        <source>Role on the stamp</source>
        <translation>Fonction sur le cachet</translation>
    </message>
    <message>
        <source>The signer&apos;s role shown on the visible signature.</source>
        <translation>La fonction du signataire affichée sur la signature visible.</translation>
    </message>
    <message>
        <source>Software certificate file</source>
        <translation>Fichier du certificat logiciel</translation>
    </message>
    <message>
        <source>PKCS#12 file used by the software signing (demo, training).</source>
        <translation>Fichier PKCS#12 utilisé par la signature logicielle (démo, formation).</translation>
    </message>
    <message>
        <source>Signature level</source>
        <translation>Niveau de signature</translation>
    </message>
    <message>
        <source>PAdES level of the signatures; B-T and B-LT need a timestamp service.</source>
        <translation>Niveau PAdES des signatures ; B-T et B-LT exigent un service d&apos;horodatage.</translation>
    </message>
    <message>
        <source>Timestamp service address</source>
        <translation>Adresse du service d&apos;horodatage</translation>
    </message>
    <message>
        <source>Address of the timestamp service (needed for B-T and B-LT).</source>
        <translation>Adresse du service d&apos;horodatage (nécessaire pour B-T et B-LT).</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <source>Hide the window after this many minutes without use (0: never). Applies at the next start.</source>
        <translation>Masquer la fenêtre après ce nombre de minutes sans utilisation (0 : jamais). S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep documents (days)</source>
        <translation>Conserver les pièces (jours)</translation>
    </message>
    <message>
        <source>Documents are deleted this many days after the fund acknowledged the dossier.</source>
        <translation>Les pièces sont supprimées ce nombre de jours après l&apos;accusé de réception de la caisse.</translation>
    </message>
    <message>
        <source>Kiosk: delete a commune&apos;s data once acknowledged</source>
        <translation>Borne : supprimer les données d&apos;une commune une fois l&apos;accusé reçu</translation>
    </message>
    <message>
        <source>On a computer shared by several communes, delete each commune&apos;s data as soon as the fund acknowledged it.</source>
        <translation>Sur un ordinateur partagé par plusieurs communes, supprimer les données de chaque commune dès l&apos;accusé de réception de la caisse.</translation>
    </message>
    <message>
        <source>Trusted roots for offline packages</source>
        <translation>Racines de confiance des paquets hors ligne</translation>
    </message>
    <message>
        <source>Extra root certificate files (PEM) that may sign offline packages, separated by &apos;;&apos;.</source>
        <translation>Fichiers de certificats racines supplémentaires (PEM) pouvant signer les paquets hors ligne, séparés par « ; ».</translation>
    </message>
    <message>
        <source>Arabic — العربية</source>
        <translation>Arabe — العربية</translation>
    </message>
    <message>
        <source>French — Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais — English</translation>
    </message>
    <message>
        <source>Hardware token (PKCS#11)</source>
        <translation>Jeton matériel (PKCS#11)</translation>
    </message>
    <message>
        <source>Software certificate (demo and training only)</source>
        <translation>Certificat logiciel (démo et formation seulement)</translation>
    </message>
    <message>
        <source>The fund profile&apos;s level</source>
        <translation>Le niveau du profil de la caisse</translation>
    </message>
    <message>
        <source>%1: enter a whole number, for example 10.</source>
        <translation>%1 : saisissez un nombre entier, par exemple 10.</translation>
    </message>
    <message>
        <source>%1: the number cannot be negative.</source>
        <translation>%1 : le nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: enter an address that starts with https:// (or http://).</source>
        <translation>%1 : saisissez une adresse qui commence par https:// (ou http://).</translation>
    </message>
    <message>
        <source>%1: no file at this path. Choose an existing file with Browse…</source>
        <translation>%1 : aucun fichier à cet emplacement. Choisissez un fichier existant avec Parcourir…</translation>
    </message>
    <message>
        <source>%1: choose one of the proposed values.</source>
        <translation>%1 : choisissez une des valeurs proposées.</translation>
    </message>
    <message>
        <source>%1: this value is not accepted.</source>
        <translation>%1 : cette valeur n&apos;est pas acceptée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Only the administrator changes these settings.</source>
        <translation>Seul l&apos;administrateur modifie ces paramètres.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Vérification et enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n value(s) marked in red.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : corrigez la valeur marquée en rouge.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : corrigez les %n valeurs marquées en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Your language applies at your next sign-in.</source>
        <translation>Paramètres enregistrés. Votre langue s’applique à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies at the next start.</source>
        <translation>Paramètres enregistrés. La nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings saved. Some changes apply at the next sign-in or the next start.</source>
        <translation>Paramètres enregistrés. Certains changements s&apos;appliquent à la prochaine connexion ou au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>SignDocuments</name>
    <message>
        <source>Sign the documents</source>
        <translation>Signer les pièces</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be signed with your token; the PIN is asked once, next. Where a form already has empty signature fields, choose where your signature goes.</source>
        <translation>
            <numerusform>%n pièce sera signée avec votre token ; le code PIN est demandé une seule fois, ensuite. Si un formulaire comporte déjà des champs de signature vides, choisissez où va votre signature.</numerusform>
            <numerusform>%n pièces seront signées avec votre token ; le code PIN est demandé une seule fois, ensuite. Si un formulaire comporte déjà des champs de signature vides, choisissez où va votre signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Signature goes</source>
        <translation>Emplacement de la signature</translation>
    </message>
    <message>
        <source>Signature field of %1</source>
        <translation>Champ de signature de %1</translation>
    </message>
    <message>
        <source>Continue to the PIN</source>
        <translation>Continuer vers le code PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SignatureReport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation>%1 : non signé</translation>
    </message>
    <message>
        <source>%1: the report cannot be read</source>
        <translation>%1 : le rapport est illisible</translation>
    </message>
    <message>
        <source>can be sent</source>
        <translation>peut être envoyé</translation>
    </message>
    <message>
        <source>must NOT be sent</source>
        <translation>ne doit PAS être envoyé</translation>
    </message>
    <message>
        <source>  %1 by %2, %3, level %4</source>
        <translation>  %1 par %2, %3, niveau %4</translation>
    </message>
    <message>
        <source>    intact: %1, valid: %2, trusted: %3; covers: %4</source>
        <translation>    intègre : %1, valide : %2, de confiance : %3 ; couvre : %4</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Contrôle des signatures</translation>
    </message>
    <message>
        <source>Signature check of the dossier of %1</source>
        <translation>Contrôle des signatures du dossier de %1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Signing token</source>
        <translation>Token de signature</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Created at the fund</source>
        <translation>Créé à la Caisse</translation>
    </message>
    <message>
        <source>Received by the fund</source>
        <translation>Reçu par la Caisse</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Pièces demandées</translation>
    </message>
    <message>
        <source>Pension granted</source>
        <translation>Pension liquidée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Complete, to sign</source>
        <translation>Complet, à signer</translation>
    </message>
    <message>
        <source>Signed, to certify</source>
        <translation>Signé, à certifier</translation>
    </message>
    <message>
        <source>Certified, to send</source>
        <translation>Certifié, à envoyer</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent to the fund</source>
        <translation>Envoyé à la Caisse</translation>
    </message>
    <message>
        <source>Under review at the fund</source>
        <translation>En instruction à la Caisse</translation>
    </message>
    <message>
        <source>Documents requested by the fund</source>
        <translation>Pièces demandées par la Caisse</translation>
    </message>
    <message>
        <source>Pension granted</source>
        <translation>Pension liquidée</translation>
    </message>
    <message>
        <source>Rejected by the fund</source>
        <translation>Rejeté par la Caisse</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
</TS>
