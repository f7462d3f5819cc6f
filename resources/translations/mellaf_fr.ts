<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Review against staff list…</source>
        <translation>Contrôler avec la liste du personnel…</translation>
    </message>
    <message>
        <source>Designation form…</source>
        <translation>Fiche de désignation…</translation>
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
        <translation>Ajouter les données de révocation et un horodatage aux pièces signées (PAdES B-LT), sans le support de signature, tant que la plateforme et le service d'horodatage répondent.</translation>
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
        <source>All dossiers</source>
        <translation>Tous les dossiers</translation>
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
    <name>FactsBar</name>
    <message>
        <source>The checklist depends on:</source>
        <translation>La liste des pièces dépend de :</translation>
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
    <name>LoginDialog</name>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mellaf — pension dossiers</source>
        <translation>Mellaf — dossiers de pension</translation>
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
        <source>Package file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <source>Mellaf packages (*.mellaf)</source>
        <translation>Paquets Mellaf (*.mellaf)</translation>
    </message>
    <message>
        <source>Package number %1 written to %2 (%3 item(s)).</source>
        <translation>Paquet numéro %1 écrit dans %2 (%3 élément(s)).</translation>
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
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export as XLSX</source>
        <translation>Exporter en XLSX</translation>
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
    <name>PreviewActions</name>
    <message>
        <source>Saving the pages…</source>
        <translation>Enregistrement des pages…</translation>
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
        <source>The affiliates list was never fully updated: results may be partial.</source>
        <translation>La liste des affiliés n&apos;a jamais été entièrement mise à jour : les résultats peuvent être incomplets.</translation>
    </message>
    <message>
        <source>The affiliates list was last updated on %1, more than %2 days ago: these records may be out of date.</source>
        <translation>La liste des affiliés a été mise à jour pour la dernière fois le %1, il y a plus de %2 jours : ces fiches peuvent être périmées.</translation>
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
