<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <translation>N° d'affiliation :</translation>
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
            <translation>Limite d'âge atteinte le :</translation>
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
            <source>Dates computed by Mellaf from law 011.71 as amended by law 71.14; the fund confirms them when it processes the dossier.</source>
            <translation>Dates calculées par Mellaf selon la loi 011.71 modifiée par la loi 71.14 ; la Caisse les confirme lors du traitement du dossier.</translation>
        </message>
        <message>
            <source>Dossiers of this affiliate</source>
            <translation>Dossiers de cet affilié</translation>
        </message>
        <message>
            <source>No dossier yet.</source>
            <translation>Aucun dossier pour l'instant.</translation>
        </message>
        <message>
            <source>Open the dossier</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>New age-limit dossier</source>
            <translation>Nouveau dossier limite d'âge</translation>
        </message>
        <message>
            <source>Opening the sheet…</source>
            <translation>Ouverture de la fiche…</translation>
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
            <translation>%1 (limite d'âge de %2)</translation>
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
            <source>Only a preparer opens dossiers; your role cannot.</source>
            <translation>Seul un préparateur ouvre des dossiers ; votre rôle ne le permet pas.</translation>
        </message>
        <message>
            <source>This affiliate already has an age-limit dossier: open it.</source>
            <translation>Cet affilié a déjà un dossier limite d'âge : ouvrez-le.</translation>
        </message>
        <message>
            <source>Open a new age-limit dossier and its checklist.</source>
            <translation>Ouvrir un nouveau dossier limite d'âge et sa liste de pièces.</translation>
        </message>
        <message>
            <source>Opening a new dossier…</source>
            <translation>Ouverture d'un nouveau dossier…</translation>
        </message>
    </context>
    <context>
        <name>AffiliatesModel</name>
        <message>
            <source>Membership no.</source>
            <translation>N° d'affiliation</translation>
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
        <name>Banner</name>
        <message>
            <source>DEMO — training mode with fictional data. Signatures made here are not qualified and nothing is sent to the real fund.</source>
            <translation>DÉMO — mode formation avec des données fictives. Les signatures faites ici ne sont pas qualifiées et rien n'est envoyé à la vraie Caisse.</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
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
            <translation>Le document n'a pas pu être signé. Réessayez ou demandez de l'aide.</translation>
        </message>
        <message>
            <source>The signing token was not found. Plug in your token, wait a few seconds and try again.</source>
            <translation>Le token de signature est introuvable. Branchez votre token, attendez quelques secondes et réessayez.</translation>
        </message>
        <message>
            <source>The PIN is wrong. Only one try is left: a further wrong PIN will lock the token. Check the PIN before trying again.</source>
            <translation>Le code PIN est faux. Il ne reste qu'un essai : un nouveau PIN faux bloquera le token. Vérifiez le PIN avant de réessayer.</translation>
        </message>
        <message>
            <source>The PIN is wrong, and few tries are left before the token locks. Check the PIN before trying again.</source>
            <translation>Le code PIN est faux et il reste peu d'essais avant le blocage du token. Vérifiez le PIN avant de réessayer.</translation>
        </message>
        <message>
            <source>The PIN is wrong. Check the PIN and try again.</source>
            <translation>Le code PIN est faux. Vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>The token's PIN is locked after too many wrong tries. Contact your certificate provider (Barid eSign) to unlock it with the unlock code.</source>
            <translation>Le PIN du token est bloqué après trop d'essais faux. Contactez votre prestataire de certificats (Barid eSign) pour le débloquer avec le code de déblocage.</translation>
        </message>
        <message>
            <source>The token was removed during signing. Plug it back in and sign again; no document was changed.</source>
            <translation>Le token a été retiré pendant la signature. Rebranchez-le et signez à nouveau ; aucun document n'a été modifié.</translation>
        </message>
        <message>
            <source>No usable signing certificate was found on the token. Check that you use your signature token, or contact your certificate provider.</source>
            <translation>Aucun certificat de signature utilisable n'a été trouvé sur le token. Vérifiez que vous utilisez votre token de signature, ou contactez votre prestataire de certificats.</translation>
        </message>
        <message>
            <source>The document is not a readable PDF file. Check the file, or scan or export it again.</source>
            <translation>Le document n'est pas un fichier PDF lisible. Vérifiez le fichier, ou numérisez-le ou exportez-le à nouveau.</translation>
        </message>
        <message>
            <source>The signed file could not be written. Check the free disk space and that the folder is writable, then sign again.</source>
            <translation>Le fichier signé n'a pas pu être enregistré. Vérifiez l'espace disque libre et les droits d'écriture du dossier, puis signez à nouveau.</translation>
        </message>
        <message>
            <source>The timestamp server did not answer. Check the network connection and the timestamp server address in the settings, then sign again.</source>
            <translation>Le serveur d'horodatage n'a pas répondu. Vérifiez la connexion réseau et l'adresse du serveur d'horodatage dans les paramètres, puis signez à nouveau.</translation>
        </message>
        <message>
            <source>The certificate status could not be checked online, so a long-term signature could not be made. Check the network connection and try again, or sign at level B-T.</source>
            <translation>L'état du certificat n'a pas pu être vérifié en ligne : la signature longue durée est impossible. Vérifiez la connexion réseau et réessayez, ou signez au niveau B-T.</translation>
        </message>
        <message>
            <source>Signing was cancelled. No document was changed.</source>
            <translation>La signature a été annulée. Aucun document n'a été modifié.</translation>
        </message>
        <message>
            <source>The certificate file's password is wrong. Check it and try again.</source>
            <translation>Le mot de passe du fichier de certificat est faux. Vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>The platform could not complete the request.</source>
            <translation>La plateforme n'a pas pu traiter la demande.</translation>
        </message>
        <message>
            <source>The platform cannot be reached. Check the network connection; the work is kept and can be sent later.</source>
            <translation>La plateforme est injoignable. Vérifiez la connexion réseau ; le travail est conservé et pourra être envoyé plus tard.</translation>
        </message>
        <message>
            <source>The connection to the platform is not secure: its certificate could not be verified. Check the computer's date and time, then tell your IT support.</source>
            <translation>La connexion à la plateforme n'est pas sûre : son certificat n'a pas pu être vérifié. Vérifiez la date et l'heure de l'ordinateur, puis prévenez votre support informatique.</translation>
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
            <translation>La plateforme n'accepte que des documents PDF. Convertissez le document en PDF.</translation>
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
            <translation>La plateforme n'attend pas cette pièce pour ce dossier.</translation>
        </message>
        <message>
            <source>The platform no longer accepts documents for this dossier.</source>
            <translation>La plateforme n'accepte plus de pièces pour ce dossier.</translation>
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
            <translation>L'envoi est introuvable sur la plateforme. Renvoyez le document.</translation>
        </message>
        <message>
            <source>The upload did not finish. Send the document again.</source>
            <translation>L'envoi ne s'est pas terminé. Renvoyez le document.</translation>
        </message>
        <message>
            <source>The upload belongs to another dossier. Send the document again.</source>
            <translation>L'envoi appartient à un autre dossier. Renvoyez le document.</translation>
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
            <translation>L'envoi a expiré sur la plateforme. Renvoyez le document.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this. Ask your collectivity's responsible.</source>
            <translation>Votre compte n'a pas ce droit. Adressez-vous au responsable de votre collectivité.</translation>
        </message>
        <message>
            <source>The account id or the password is wrong.</source>
            <translation>L'identifiant du compte ou le mot de passe est faux.</translation>
        </message>
        <message>
            <source>This dossier does not exist.</source>
            <translation>Ce dossier n'existe pas.</translation>
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
            <source>This affiliate is not in your collectivity's records.</source>
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
            <translation>Personne ne peut certifier un dossier qu'il a préparé.</translation>
        </message>
        <message>
            <source>Signing was cancelled.</source>
            <translation>La signature a été annulée.</translation>
        </message>
        <message>
            <source>A document must be signed and its dossier created before upload.</source>
            <translation>Une pièce doit être signée et son dossier créé avant l'envoi.</translation>
        </message>
        <message>
            <source>The dossier was never created at the fund.</source>
            <translation>Le dossier n'a jamais été créé à la Caisse.</translation>
        </message>
        <message>
            <source>The dossier of a queued job has disappeared.</source>
            <translation>Le dossier d'un envoi en attente a disparu.</translation>
        </message>
        <message>
            <source>is not a PDF file</source>
            <translation>n'est pas un fichier PDF</translation>
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
            <translation>n'a aucune page</translation>
        </message>
        <message>
            <source>has a page of absurd size</source>
            <translation>a une page de taille aberrante</translation>
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
            <translation>Ces fichiers n'ont pas été joints ; le dossier garde ses autres pièces :</translation>
        </message>
        <message>
            <source>Attach PDF files only (scan paper documents to PDF, or export them as PDF).</source>
            <translation>Joignez uniquement des fichiers PDF (numérisez les documents papier en PDF, ou exportez-les en PDF).</translation>
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
            <translation>Des pièces n'ont pas été signées</translation>
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
            <source>The dossier was returned to its preparer.</source>
            <translation>Le dossier a été renvoyé à son préparateur.</translation>
        </message>
        <message>
            <source>Returning the dossier…</source>
            <translation>Renvoi du dossier…</translation>
        </message>
        <message>
            <source>The dossier is in the sending queue. It leaves with “Send now” or automatically when the platform answers.</source>
            <translation>Le dossier est dans la file d'envoi. Il part avec « Envoyer maintenant » ou automatiquement quand la plateforme répond.</translation>
        </message>
        <message>
            <source>Queuing the dossier…</source>
            <translation>Mise en file d'envoi…</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>PDF documents (*.pdf *.PDF)</source>
            <translation>Documents PDF (*.pdf *.PDF)</translation>
        </message>
        <message>
            <source>No dossier open. Open one from an affiliate's sheet or from the Dossiers tab.</source>
            <translation>Aucun dossier ouvert. Ouvrez-en un depuis la fiche d'un affilié ou l'onglet Dossiers.</translation>
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
            <translation>Mettre en file d'envoi</translation>
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
            <translation>N° d'affiliation %1 · ouvert le %2 par %3</translation>
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
            <translation>Étape suivante : mettre le dossier en file d'envoi.</translation>
        </message>
        <message>
            <source>The dossier waits in the sending queue (Sending tab).</source>
            <translation>Le dossier attend dans la file d'envoi (onglet Envoi).</translation>
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
            <translation>N° d'affiliation</translation>
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
            <translation>Aucun dossier pour l'instant. Recherchez un affilié, puis ouvrez un dossier depuis sa fiche.</translation>
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
            <translation>Vérifiez votre compte et votre mot de passe. Si votre session a expiré, reconnectez-vous avec « Changer d'utilisateur ».</translation>
        </message>
        <message>
            <source>The platform has a problem</source>
            <translation>La plateforme rencontre un problème</translation>
        </message>
        <message>
            <source>Try again in a few minutes. If it lasts, call the fund's support desk.</source>
            <translation>Réessayez dans quelques minutes. Si cela dure, appelez l'assistance de la Caisse.</translation>
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
            <source>Try again. If it lasts, call the fund's support desk.</source>
            <translation>Réessayez. Si cela dure, appelez l'assistance de la Caisse.</translation>
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
            <translation>Rien n'a été modifié. Signez à nouveau quand vous êtes prêt.</translation>
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
            <translation>Joignez un fichier PDF (numérisez le papier en PDF si besoin). Rien d'autre n'a été modifié.</translation>
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
            <translation>Vérifiez que le fichier existe, qu'il n'est pas ouvert ailleurs et que le disque n'est pas plein.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Mellaf met an unexpected problem. Your saved work is safe; the action was not completed.</source>
            <translation>Mellaf a rencontré un problème inattendu. Votre travail enregistré est intact ; l'action n'a pas été effectuée.</translation>
        </message>
        <message>
            <source>Try again. If it happens again, send the details below to your IT support.</source>
            <translation>Réessayez. Si cela se reproduit, envoyez les détails ci-dessous à votre support informatique.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <source>Mellaf</source>
            <translation>Mellaf</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Changer d'utilisateur</translation>
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
            <translation>Mis en file d'envoi</translation>
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
            <translation>Liste des affiliés non mise à jour : pas de connexion. La recherche par numéro interroge la plateforme dès qu'elle répond.</translation>
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
            <translation>Arrêt après l'étape en cours…</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Attach every required document first.</source>
            <translation>Joignez d'abord toutes les pièces obligatoires.</translation>
        </message>
        <message>
            <source>The documents are already signed.</source>
            <translation>Les pièces sont déjà signées.</translation>
        </message>
        <message>
            <source>The preparer must sign all the documents first.</source>
            <translation>Le préparateur doit d'abord signer toutes les pièces.</translation>
        </message>
        <message>
            <source>This dossier is already certified.</source>
            <translation>Ce dossier est déjà certifié.</translation>
        </message>
        <message>
            <source>A supervisor must certify the dossier first.</source>
            <translation>Un certificateur doit d'abord certifier le dossier.</translation>
        </message>
        <message>
            <source>This dossier is already queued or sent.</source>
            <translation>Ce dossier est déjà en file d'envoi ou envoyé.</translation>
        </message>
        <message>
            <source>Not possible in the dossier's current state.</source>
            <translation>Impossible dans l'état actuel du dossier.</translation>
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
            <source>This token's PIN is locked after too many wrong tries. It cannot sign. Contact the certificate provider (Barid eSign) with your unlock code.</source>
            <translation>Le PIN de ce token est bloqué après trop d'essais faux. Il ne peut pas signer. Contactez le prestataire de certificats (Barid eSign) avec votre code de déblocage.</translation>
        </message>
        <message>
            <source>Warning: only ONE try is left. A wrong PIN now locks the token. Check the PIN before typing it.</source>
            <translation>Attention : il ne reste qu'UN essai. Un PIN faux maintenant bloque le token. Vérifiez le PIN avant de le saisir.</translation>
        </message>
        <message>
            <source>Warning: a wrong PIN was entered before; few tries are left before the token locks.</source>
            <translation>Attention : un PIN faux a déjà été saisi ; il reste peu d'essais avant le blocage du token.</translation>
        </message>
        <message>
            <source>Type the PIN on the keypad of the reader of %1.</source>
            <translation>Saisissez le PIN sur le clavier du lecteur de %1.</translation>
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
            <translation>Les dossiers certifiés attendent ici jusqu'à leur réception par la plateforme. Rien n'est perdu si la connexion coupe : l'envoi reprend là où il s'est arrêté.</translation>
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
            <translation>Rien à envoyer. Un dossier certifié apparaît ici après « Mettre en file d'envoi ».</translation>
        </message>
        <message>
            <source>Nothing waits to be sent.</source>
            <translation>Rien n'attend d'être envoyé.</translation>
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
            <translation>Pas de connexion à la plateforme : les dossiers restent dans la file et partiront dès qu'elle répondra.</translation>
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
            <translation>Par exemple : l'état des services n'est pas signé.</translation>
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
            <translation>Borne d'accueil</translation>
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
            <translation>N° d'affiliation, PPR, CIN ou nom</translation>
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
            <translation>Saisissez un numéro d'affiliation, un PPR, une CIN ou une partie du nom, puis appuyez sur Entrée.</translation>
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
            <translation>La plateforme n'a pas pu être interrogée (pas de connexion) : seuls les affiliés déjà présents sur cet ordinateur ont été cherchés.</translation>
        </message>
        <message numerus="yes">
            <source>%n affiliate(s) found.</source>
            <translation>
                <numerusform>%n affilié trouvé.</numerusform>
                <numerusform>%n affiliés trouvés.</numerusform>
            </translation>
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
            <translation>En attente d'envoi</translation>
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
