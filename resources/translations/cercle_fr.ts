<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Substituted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chapter meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month (same weekday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Business</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Principal company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received a referral about them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not a Cercle database (it is not an SQLite file).</source>
        <translation>{path} n’est pas une base de données Cercle (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} is not a Cercle database: it belongs to another application.</source>
        <translation>{path} n’est pas une base de données Cercle : elle appartient à une autre application.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup.</source>
        <translation>{path} est endommagé et ne peut pas être lu. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is read-only: Cercle needs to write to it. Check its permissions.</source>
        <translation>{path} est en lecture seule : Cercle doit pouvoir y écrire. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it and try again.</source>
        <translation>{path} est utilisé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>{path} was created by a newer version of Cercle (schema {revision}). Install the latest version of Cercle to open it; the file was left untouched.</source>
        <translation>{path} a été créé par une version plus récente de Cercle (schéma {revision}). Installez la dernière version de Cercle pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Le dossier de {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Updating {path} failed; the copy made before the update is {backup}.</source>
        <translation>La mise à jour de {path} a échoué ; la copie faite avant la mise à jour est {backup}.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Very small business (TPE)</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>SME (PME)</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Vice-president</source>
        <translation>Vice-président</translation>
    </message>
    <message>
        <source>Secretary general</source>
        <translation>Secrétaire général</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Membre du bureau</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Démissionnaire</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Managing partner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Chief executive</source>
        <translation>Président-directeur général</translation>
    </message>
    <message>
        <source>Managing director</source>
        <translation>Directeur général</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Cadre dirigeant</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This meeting was cancelled: restore it before recording attendance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This meeting has not taken place yet: attendance is recorded on the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This meeting was held more than 7 days ago: confirm the change, which will be kept in the audit trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member with number {number}.</source>
        <translation>Aucun membre ne porte le numéro {number}.</translation>
    </message>
    <message>
        <source>{name} (number {number}) is no longer a member of the club.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (number {number}) was not an active member on the day of this meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} appears in {count} referrals or meeting visits and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} already exists; choose a new file for the demo club.</source>
        <translation>{path} existe déjà ; choisissez un nouveau fichier pour le club de démonstration.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This meeting already has attendance or guests recorded: cancel it instead of deleting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} already has a status at this meeting: clear it before removing them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has a history in the club and cannot be deleted. Change their status to resigned or excluded instead.</source>
        <translation>{name} a un historique dans le club et ne peut pas être supprimé. Changez plutôt son statut en démissionnaire ou exclu.</translation>
    </message>
    <message>
        <source>A member already looks like this one: {name} ({company}), number {number}.</source>
        <translation>Un membre ressemble déjà à celui-ci : {name} ({company}), n° {number}.</translation>
    </message>
    <message>
        <source>“{name}” is used by {count} record(s) and cannot be deleted; retire it instead.</source>
        <translation>« {name} » est utilisé par {count} fiche(s) et ne peut pas être supprimé ; retirez-le plutôt.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral has {count} closed business linked to it: choose whether to keep it (detached from the referral) or delete it too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Guests</name>
    <message>
        <source>To call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cercle – club secretariat</source>
        <translation>Cercle – secrétariat du club</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Chapters and &amp;sectors…</source>
        <translation>Antennes et &amp;secteurs…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Cercle</source>
        <translation>À &amp;propos de Cercle</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>An unexpected error occurred; nothing was saved by the interrupted action.
{error}</source>
        <translation>Une erreur inattendue s’est produite ; l’action interrompue n’a rien enregistré.
{error}</translation>
    </message>
    <message>
        <source>Open a Cercle database</source>
        <translation>Ouvrir une base de données Cercle</translation>
    </message>
    <message>
        <source>Cercle databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases Cercle (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Cercle</source>
        <translation>À propos de Cercle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cercle&lt;/b&gt; {version}&lt;br&gt;The secretariat of the club: members, meetings, referrals, charter and reports.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Schema: {schema}</source>
        <translation>&lt;b&gt;Cercle&lt;/b&gt; {version}&lt;br&gt;Le secrétariat du club : membres, réunions, recommandations, charte et rapports.&lt;br&gt;&lt;br&gt;Base de données : {database}&lt;br&gt;Schéma : {schema}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member {number} – {name}</source>
        <translation>Membre {number} – {name}</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>optional, in Arabic script</source>
        <translation>facultatif, en lettres arabes</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Société *</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>15 digits</source>
        <translation>15 chiffres</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Chapter *</source>
        <translation>Antenne *</translation>
    </message>
    <message>
        <source>Joined on *</source>
        <translation>Date d’adhésion *</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Rôle dans le club</translation>
    </message>
    <message>
        <source>Appears in the printed directory</source>
        <translation>Figure dans l’annuaire imprimé</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone fixe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Only a member entered by mistake, with no history, can be deleted</source>
        <translation>Seul un membre saisi par erreur, sans historique, peut être supprimé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer de statut…</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut actuel : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{date}: {status} – {reason}</source>
        <translation>{date} : {status} – {reason}</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>même mobile</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>mêmes nom et société</translation>
    </message>
    <message>
        <source>{name} ({company}), member number {number}, looks like the same person: {reason}.</source>
        <translation>{name} ({company}), membre n° {number}, semble être la même personne : {reason}.</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Delete {name}? Only a member entered by mistake can be deleted.</source>
        <translation>Supprimer {name} ? Seul un membre saisi par erreur peut être supprimé.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search: name, company, sector, phone, e-mail… (Ctrl+F)</source>
        <translation>Rechercher : nom, société, secteur, téléphone, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation>Ajouter un membre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected member (Enter)</source>
        <translation>Ouvrir le membre sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active and suspended</source>
        <translation>Actifs et suspendus</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>{shown} shown of {total} members</source>
        <translation>{shown} affichés sur {total} membres</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>ReferenceListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Retirer / rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retiré)</translation>
    </message>
    <message>
        <source>{count} use(s)</source>
        <translation>{count} utilisation(s)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Chapters and sectors</source>
        <translation>Antennes et secteurs</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer de statut</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Enter at most {max_length} characters.</source>
        <translation>Saisissez au plus {max_length} caractères.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters from this text.</source>
        <translation>Retirez les caractères de contrôle invisibles de ce texte.</translation>
    </message>
    <message>
        <source>A name must contain at least one letter.</source>
        <translation>Un nom doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>Write this name in Arabic letters.</source>
        <translation>Écrivez ce nom en lettres arabes.</translation>
    </message>
    <message>
        <source>Write this name in Arabic letters only, without Latin letters.</source>
        <translation>Écrivez ce nom uniquement en lettres arabes, sans lettres latines.</translation>
    </message>
    <message>
        <source>Enter a valid Moroccan or international phone number, e.g. 06 61 23 45 67.</source>
        <translation>Saisissez un numéro de téléphone marocain ou international valide, par ex. 06 61 23 45 67.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, e.g. nom@societe.ma.</source>
        <translation>Saisissez une adresse e-mail valide, par ex. nom@societe.ma.</translation>
    </message>
    <message>
        <source>An ICE has 15 digits; this one has {length}.</source>
        <translation>Un ICE compte 15 chiffres ; celui-ci en a {length}.</translation>
    </message>
    <message>
        <source>An ICE is made of digits only.</source>
        <translation>Un ICE ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>This ICE is not valid: check its digits (the last two are a control key).</source>
        <translation>Cet ICE n’est pas valide : vérifiez ses chiffres (les deux derniers forment une clé de contrôle).</translation>
    </message>
    <message>
        <source>Enter a date between {earliest} and {latest}.</source>
        <translation>Saisissez une date entre le {earliest} et le {latest}.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>La date de fin doit être égale ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>Enter a date as dd/mm/yyyy, e.g. 22/11/2026.</source>
        <translation>Saisissez une date au format jj/mm/aaaa, par ex. 22/11/2026.</translation>
    </message>
    <message>
        <source>This date does not exist: {text}.</source>
        <translation>Cette date n’existe pas : {text}.</translation>
    </message>
    <message>
        <source>Enter an amount in dirhams, e.g. 1 234,50.</source>
        <translation>Saisissez un montant en dirhams, par ex. 1 234,50.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member cannot pass a referral to themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two different members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member {number} was not active on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the member or the non-member who receives the referral.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral goes either to a member or to a non-member, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status goes back from “{old}” to “{new}”: confirm to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount with at most 2 decimals, e.g. 1 234,50.</source>
        <translation>Saisissez un montant avec au plus 2 décimales, par ex. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount over {limit} MAD is unusual: check it, then confirm to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot exceed {limit} MAD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A step cannot be dated before the referral itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number of lates between 0 and 20 (0: lates never count).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a grace period between 0 and 120 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The series holds no meeting: check its first and last dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series holds at most {max} meetings; choose an earlier last date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the name of the person who came in the member's place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a member number, e.g. 1042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the member's chapter.</source>
        <translation>Choisissez l’antenne du membre.</translation>
    </message>
    <message>
        <source>Enter the date the member joined.</source>
        <translation>Saisissez la date d’adhésion du membre.</translation>
    </message>
    <message>
        <source>A member cannot be their own sponsor.</source>
        <translation>Un membre ne peut pas être son propre parrain.</translation>
    </message>
    <message>
        <source>Choose a member of the club.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not expected at this meeting: add them as an expected member first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral went to a non-member, not to a member of the club.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral was passed to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral was given by another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business cannot be closed before the referral was passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This meeting does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date of the presentation or choose its meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The meeting took place on another date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the person's last name or the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contact is already linked to member {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already recorded as a guest at this meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the member who invited this guest from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one date of the series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was not an active member on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already expected at this meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member already has this status.</source>
        <translation>Le membre a déjà ce statut.</translation>
    </message>
    <message>
        <source>This change of status is not allowed.</source>
        <translation>Ce changement de statut n’est pas permis.</translation>
    </message>
    <message>
        <source>The date of the change is before the member joined.</source>
        <translation>La date du changement précède l’adhésion du membre.</translation>
    </message>
    <message>
        <source>The date of the change is before the previous change.</source>
        <translation>La date du changement précède le changement précédent.</translation>
    </message>
    <message>
        <source>Give the reason for this change of status.</source>
        <translation>Indiquez le motif de ce changement de statut.</translation>
    </message>
    <message>
        <source>The sponsor is not a member of the club.</source>
        <translation>Le parrain n’est pas membre du club.</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>« {name} » figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Choose a contact from the directory.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>