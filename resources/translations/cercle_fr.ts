<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>programming language</source>
        <translation>langage de programmation</translation>
    </message>
    <message>
        <source>windows and widgets</source>
        <translation>fenêtres et composants graphiques</translation>
    </message>
    <message>
        <source>Qt from Python</source>
        <translation>Qt depuis Python</translation>
    </message>
    <message>
        <source>report preview</source>
        <translation>aperçu des rapports</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>accès à la base de données</translation>
    </message>
    <message>
        <source>database updates</source>
        <translation>mises à jour de la base de données</translation>
    </message>
    <message>
        <source>used by Alembic</source>
        <translation>utilisé par Alembic</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>fichier de la base de données</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>rapports PDF</translation>
    </message>
    <message>
        <source>Arabic text shaping in the reports</source>
        <translation>écriture de l'arabe dans les rapports</translation>
    </message>
    <message>
        <source>club logo in the reports</source>
        <translation>logo du club dans les rapports</translation>
    </message>
    <message>
        <source>Excel import and export</source>
        <translation>import et export Excel</translation>
    </message>
    <message>
        <source>used by openpyxl</source>
        <translation>utilisé par openpyxl</translation>
    </message>
    <message>
        <source>dates and numbers in French</source>
        <translation>dates et nombres en français</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>company identifiers (ICE)</source>
        <translation>identifiants des entreprises (ICE)</translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation>dossier des données de l'utilisateur</translation>
    </message>
    <message>
        <source>PostgreSQL server (optional)</source>
        <translation>serveur PostgreSQL (facultatif)</translation>
    </message>
    <message>
        <source>Bitstream Vera / Arev fonts license (free)</source>
        <translation>Licence des polices Bitstream Vera / Arev (libre)</translation>
    </message>
    <message>
        <source>font of the reports</source>
        <translation>police des rapports</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Sert à</translation>
    </message>
    <message>
        <source>Cercle is built on these free components, shipped with it under their own licenses. Qt and PySide6 are used under the LGPL version 3: they are separate libraries in the application folder, which you may replace with compatible versions.</source>
        <translation>Cercle repose sur ces composants libres, livrés avec lui sous leurs propres licences. Qt et PySide6 sont utilisés sous la LGPL version 3 : ce sont des bibliothèques distinctes, dans le dossier de l'application, que vous pouvez remplacer par des versions compatibles.</translation>
    </message>
    <message>
        <source>About Cercle</source>
        <translation>À propos de Cercle</translation>
    </message>
    <message>
        <source>The secretariat of the club: members, meetings, referrals, charter and reports.</source>
        <translation>Le secrétariat du club : membres, réunions, recommandations, charte et rapports.</translation>
    </message>
    <message>
        <source>{stored} (this version expects {head})</source>
        <translation>{stored} (cette version attend {head})</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>{members} members, {meetings} meetings</source>
        <translation>{members} membres, {meetings} réunions</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Fonctionne sur</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Copier ces informations</translation>
    </message>
    <message>
        <source>Font license…</source>
        <translation>Licence de la police…</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>AddExpectedDialog</name>
    <message>
        <source>Add an expected member</source>
        <translation>Ajouter un membre attendu</translation>
    </message>
    <message>
        <source>Expect a member who is not of this meeting's chapter, e.g. one visiting from another antenna. Meeting of {date}.</source>
        <translation>Ajouter aux attendus un membre d’une autre antenne que celle de cette réunion, par ex. un membre en visite. Réunion du {date}.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Choose a member from the list, or type their number.</source>
        <translation>Choisissez un membre dans la liste ou saisissez son numéro.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Réunion hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly meeting</source>
        <translation>Réunion mensuelle</translation>
    </message>
    <message>
        <source>Chapter meeting</source>
        <translation>Réunion d’antenne</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Business event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Réunion du bureau</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month (same weekday)</source>
        <translation>Chaque mois (même jour de la semaine)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non pointé</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetPage</name>
    <message>
        <source>← Meetings</source>
        <translation>← Réunions</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Esc)</source>
        <translation>Retour à la liste des réunions (Échap)</translation>
    </message>
    <message>
        <source>Held more than 7 days ago: changes are confirmed and kept in the audit trail.</source>
        <translation>Tenue il y a plus de 7 jours : toute modification doit être confirmée et sera conservée dans le journal des modifications.</translation>
    </message>
    <message>
        <source>Check-in: scan a badge or type a member number, then Enter. A number followed by P, R, A, E or S (1075a) sets that status at once.</source>
        <translation>Pointage : scannez un badge ou tapez un numéro de membre, puis Entrée. Un numéro suivi de P, R, A, E ou S (1075a) donne ce statut aussitôt.</translation>
    </message>
    <message>
        <source>Find: name or number</source>
        <translation>Rechercher : nom ou n°</translation>
    </message>
    <message>
        <source>Find a member: name or number (Ctrl+F)</source>
        <translation>Rechercher un membre : nom ou numéro (Ctrl+F)</translation>
    </message>
    <message>
        <source>All unmarked are present</source>
        <translation>Marquer les non pointés présents</translation>
    </message>
    <message>
        <source>Mark everyone without a status present (Ctrl+Enter)</source>
        <translation>Marquer présents tous ceux qui n’ont pas de statut (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>All unmarked are absent</source>
        <translation>Marquer les non pointés absents</translation>
    </message>
    <message>
        <source>Mark everyone without a status absent (Ctrl+Shift+Enter)</source>
        <translation>Marquer absents tous ceux qui n’ont pas de statut (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Add an expected member…</source>
        <translation>Ajouter un membre attendu…</translation>
    </message>
    <message>
        <source>Expect a member of another chapter at this meeting, e.g. a visitor (Ctrl+Shift+A)</source>
        <translation>Ajouter aux attendus de cette réunion un membre d’une autre antenne, par ex. un visiteur (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Remove from this meeting</source>
        <translation>Retirer de cette réunion</translation>
    </message>
    <message>
        <source>Remove a member added by hand who has no status yet</source>
        <translation>Retirer un membre ajouté à la main qui n’a pas encore de statut</translation>
    </message>
    <message>
        <source>Keys: P present · R late · A absent · E excused · S substituted · Del clear · Ctrl+Z undo. Ctrl+click or Shift+arrows to select several members.</source>
        <translation>Touches : P présent · R retard · A absent · E excusé · S remplacé · Suppr effacer · Ctrl+Z annuler. Ctrl+clic ou Maj+flèches pour sélectionner plusieurs membres.</translation>
    </message>
    <message>
        <source>turnout {turnout}</source>
        <translation>taux de présence {turnout}</translation>
    </message>
    <message>
        <source>No member with number {number} on this sheet.</source>
        <translation>Aucun membre numéro {number} sur cette feuille.</translation>
    </message>
    <message>
        <source>Reason of the excuse</source>
        <translation>Motif de l’excuse</translation>
    </message>
    <message>
        <source>Excused: {name}. Type the reason, then Enter (Esc: cancel).</source>
        <translation>Excusé : {name}. Tapez le motif, puis Entrée (Échap : annuler).</translation>
    </message>
    <message>
        <source>Name of the substitute</source>
        <translation>Nom du remplaçant</translation>
    </message>
    <message>
        <source>Substituted: {name}. Type who came in their place, then Enter (Esc: cancel).</source>
        <translation>Remplacé : {name}. Tapez le nom de qui est venu à sa place, puis Entrée (Échap : annuler).</translation>
    </message>
    <message>
        <source>Check-in: badge, or number and letter (1075a)</source>
        <translation>Badge, ou n° et lettre (1075a)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli : {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annulé : {action}</translation>
    </message>
    <message>
        <source>{kind} – {place} – {date}</source>
        <translation>{kind} – {place} – {date}</translation>
    </message>
    <message>
        <source>Planned for {date}: excuses can be recorded now; present, late and absent on the day.</source>
        <translation>Prévue le {date} : les excuses s’enregistrent dès maintenant ; présents, retards et absents le jour même.</translation>
    </message>
    <message>
        <source>Read only: this connection may change only the meetings and attendance of {chapter}.</source>
        <translation>Lecture seule : cette connexion ne peut modifier que les réunions et les présences de l'antenne {chapter}.</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked}</source>
        <translation>Attendus {expected} · présents {present} · en retard {late} · absents {absent} · excusés {excused} · remplacés {substituted} · à pointer {unmarked}</translation>
    </message>
    <message>
        <source>Change an old meeting</source>
        <translation>Modifier une réunion ancienne</translation>
    </message>
    <message>
        <source>This meeting was held more than 7 days ago. Change its attendance anyway? The change will be kept in the audit trail with your name.</source>
        <translation>Cette réunion a eu lieu il y a plus de 7 jours. Modifier quand même ses présences ? La modification sera conservée dans le journal des modifications, avec votre nom.</translation>
    </message>
    <message>
        <source>Record one substitution at a time: select a single member.</source>
        <translation>Enregistrez un remplacement à la fois : sélectionnez un seul membre.</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacé</translation>
    </message>
    <message numerus="yes">
        <source>{status}: %n member(s)</source>
        <translation>
            <numerusform>{status} : %n membre</numerusform>
            <numerusform>{status} : %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member already has a status.</source>
        <translation>Chaque membre a déjà un statut.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not marked yet: now present</source>
        <translation>
            <numerusform>%n membre non pointé : désormais présent</numerusform>
            <numerusform>%n membres non pointés : désormais présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not marked yet: now absent</source>
        <translation>
            <numerusform>%n membre non pointé : désormais absent</numerusform>
            <numerusform>%n membres non pointés : désormais absents</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z: undo)</source>
        <translation>(Ctrl+Z : annuler)</translation>
    </message>
    <message>
        <source>Only a member added by hand to this meeting can be removed from it: select one.</source>
        <translation>Seul un membre ajouté à la main à cette réunion peut en être retiré : sélectionnez-en un.</translation>
    </message>
    <message>
        <source>{name} is already checked in ({status}).</source>
        <translation>{name} est déjà pointé ({status}).</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name} : {status}</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A member checked in up to this many minutes after the start time is present; later, late.</source>
        <translation>Un membre pointé au plus tard ce nombre de minutes après l’heure de début est présent ; au-delà, il est en retard.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Every this many lates count as one unexcused absence in the figures (0: lates never count).</source>
        <translation>Chaque série de ce nombre de retards compte pour une absence non excusée dans les chiffres (0 : les retards ne comptent jamais).</translation>
    </message>
    <message>
        <source>A substitution counts as presence</source>
        <translation>Un remplacement compte comme une présence</translation>
    </message>
    <message>
        <source>Check-in grace period</source>
        <translation>Délai de tolérance</translation>
    </message>
    <message>
        <source>Lates that count as one absence</source>
        <translation>Retards valant une absence</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>{kind} – {place} – {date}</source>
        <translation>{kind} – {place} – {date}</translation>
    </message>
    <message>
        <source>Changes to the attendance of a meeting held more than 7 days ago, latest first: {count} recorded.</source>
        <translation>Modifications des présences d’une réunion tenue il y a plus de 7 jours, les plus récentes en premier : {count} enregistrée(s).</translation>
    </message>
    <message>
        <source>No change recorded. Changes are kept once a meeting was held more than 7 days ago.</source>
        <translation>Aucune modification enregistrée. Les modifications sont conservées dès qu’une réunion a eu lieu il y a plus de 7 jours.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{reason} Nothing was changed; add --force to replace it anyway (it will be kept in {folder}, apart from the backups).</source>
        <translation>{reason} Rien n’a été modifié ; ajoutez --force pour le remplacer quand même (il sera gardé dans {folder}, à part des sauvegardes).</translation>
    </message>
    <message>
        <source>Restored {source} into {database}; the file it replaced, which this version could not open, is kept apart from the backups as {previous}.</source>
        <translation>{source} a été restaurée dans {database} ; le fichier remplacé, que cette version ne savait pas ouvrir, est gardé à part des sauvegardes sous {previous}.</translation>
    </message>
    <message>
        <source>Restored {source} into {database}; the replaced database was saved as {previous}.</source>
        <translation>{source} a été restaurée dans {database} ; la base remplacée a été sauvegardée sous {previous}.</translation>
    </message>
    <message>
        <source>This database is on a server ({name}): back it up and restore it with the server's own tools.</source>
        <translation>Cette base de données est sur un serveur ({name}) : sauvegardez-la et restaurez-la avec les outils du serveur.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The backup folder {path} does not exist and cannot be created.</source>
        <translation>Le dossier des sauvegardes {path} n’existe pas et ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Impossible d’écrire la sauvegarde {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder} ({reason}). Nothing was changed; choose another folder or ask for the right to write there.</source>
        <translation>Impossible d’écrire dans le dossier {folder} ({reason}). Rien n’a été modifié ; choisissez un autre dossier ou demandez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file.</source>
        <translation>{path} est la base de données en cours d’utilisation ; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: it is damaged. Nothing was changed.</source>
        <translation>{path} n’a pas passé le contrôle d’intégrité : le fichier est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a complete Cercle database ({part} is missing). Nothing was changed.</source>
        <translation>{path} n’est pas une base Cercle complète ({part} manque). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: records of {table} point to records it does not have. Nothing was changed.</source>
        <translation>{path} n’a pas passé le contrôle d’intégrité : des lignes de {table} renvoient à des lignes qu’il ne contient pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} could not be brought up to this version of Cercle: it is incomplete or damaged. Nothing was changed.</source>
        <translation>{path} n’a pas pu être mis à jour pour cette version de Cercle : il est incomplet ou endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{reason} Replacing it needs a confirmation; it would be kept in {folder}, apart from the backups.</source>
        <translation>{reason} Le remplacer demande une confirmation ; il serait gardé dans {folder}, à part des sauvegardes.</translation>
    </message>
    <message>
        <source>The database could not be replaced ({reason}); it was left as it was. Its backup is {backup}.</source>
        <translation>La base de données n’a pas pu être remplacée ({reason}) ; elle est restée telle quelle. Sa sauvegarde est {backup}.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backups and personal data</source>
        <translation>Sauvegardes et données personnelles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The oldest automatic backups beyond this number are deleted.</source>
        <translation>Au-delà de ce nombre, les sauvegardes automatiques les plus anciennes sont supprimées.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Cercle backs up the database when it closes, once a day at most. A folder on another disk or a synchronised folder (OneDrive…) keeps a copy safe if this computer fails; the database itself must stay on this computer.</source>
        <translation>Cercle sauvegarde la base de données à la fermeture, une fois par jour au plus. Un dossier sur un autre disque ou un dossier synchronisé (OneDrive…) garde une copie à l’abri si cet ordinateur tombe en panne ; la base elle-même doit rester sur cet ordinateur.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Personal data (law 09-08)</source>
        <translation>Données personnelles (loi 09-08)</translation>
    </message>
    <message>
        <source>Keep the data of a member who left for</source>
        <translation>Conserver les données d’un membre parti pendant</translation>
    </message>
    <message>
        <source>After this period, a member who resigned or was excluded can be anonymised from their record (Personal data tab).</source>
        <translation>Passé ce délai, un membre démissionnaire ou exclu peut être anonymisé depuis sa fiche (onglet Données personnelles).</translation>
    </message>
</context>
<context>
    <name>Business</name>
    <message>
        <source>Passed</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaude</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froide</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Full presentation</source>
        <translation>Présentation complète</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Principal company</source>
        <translation>Donneur d’ordre</translation>
    </message>
    <message>
        <source>Referred them</source>
        <translation>A recommandé ce contact</translation>
    </message>
    <message>
        <source>Received a referral about them</source>
        <translation>A reçu une recommandation à son sujet</translation>
    </message>
    <message>
        <source>Invited them</source>
        <translation>A invité ce contact</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
</context>
<context>
    <name>Charter</name>
    <message>
        <source>1. Communicate about one's activity</source>
        <translation>1. Communiquer sur son activité</translation>
    </message>
    <message>
        <source>2. Take part in the club's activities</source>
        <translation>2. Participer aux activités du club</translation>
    </message>
    <message>
        <source>3. Give business to receive business</source>
        <translation>3. Donner des affaires pour en recevoir</translation>
    </message>
    <message>
        <source>4. Recommend non-members too</source>
        <translation>4. Recommander aussi des non-membres</translation>
    </message>
    <message>
        <source>5. Respect the intelligence of others</source>
        <translation>5. Respecter l’intelligence des autres</translation>
    </message>
    <message>
        <source>3. Make one's company a recognised brand</source>
        <translation>3. Faire de son entreprise une marque reconnue</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>Premier avertissement</translation>
    </message>
    <message>
        <source>Second warning</source>
        <translation>Second avertissement</translation>
    </message>
    <message>
        <source>Board hearing</source>
        <translation>Convocation au bureau</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clos le {date}</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Text and versions</source>
        <translation>Texte et versions</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Current members (active and suspended)</source>
        <translation>Membres actuels (actifs et suspendus)</translation>
    </message>
    <message>
        <source>Not signed (active members)</source>
        <translation>Non signée (membres actifs)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>Search: name, company, number…</source>
        <translation>Rechercher : nom, société, numéro…</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Enregistrer la signature…</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Retirer la signature</translation>
    </message>
    <message>
        <source>No member matches “{text}”</source>
        <translation>Aucun membre ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <source>Search: member, facts…</source>
        <translation>Rechercher : membre, faits…</translation>
    </message>
    <message>
        <source>Record warning…</source>
        <translation>Enregistrer un avertissement…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Ajouter une décision…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No warning matches “{text}”</source>
        <translation>Aucun avertissement ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>No charter adopted yet.</source>
        <translation>Aucune charte adoptée pour l'instant.</translation>
    </message>
    <message>
        <source>Current version: {version}, adopted on {date}</source>
        <translation>Version en vigueur : {version}, adoptée le {date}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{shown} shown of {total} members</source>
        <translation>{shown} affichés sur {total} membres</translation>
    </message>
    <message>
        <source>Remove the signature of {name} ({version}, signed on {date})?</source>
        <translation>Retirer la signature de {name} ({version}, signée le {date}) ?</translation>
    </message>
    <message>
        <source>{shown} shown of {total} warnings</source>
        <translation>{shown} affichés sur {total} avertissements</translation>
    </message>
    <message>
        <source>Select a warning to see the board's decisions.</source>
        <translation>Sélectionnez un avertissement pour voir les décisions du bureau.</translation>
    </message>
    <message>
        <source>Decisions on the warning of &lt;b&gt;{member}&lt;/b&gt; dated {date}:</source>
        <translation>Décisions sur l'avertissement de &lt;b&gt;{member}&lt;/b&gt; du {date} :</translation>
    </message>
    <message>
        <source>Delete the warning of {name} dated {date}, with its decisions? Only a warning recorded by mistake should be deleted; otherwise close it.</source>
        <translation>Supprimer l'avertissement de {name} du {date}, avec ses décisions ? Ne supprimez qu'un avertissement saisi par erreur ; sinon, clôturez-le.</translation>
    </message>
    <message>
        <source>Delete the decision "{step}" of {date}?</source>
        <translation>Supprimer la décision « {step} » du {date} ?</translation>
    </message>
</context>
<context>
    <name>CharterRulesTab</name>
    <message>
        <source>Charter scoring</source>
        <translation>Barème de la charte</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Window before the date</source>
        <translation>Fenêtre avant la date</translation>
    </message>
    <message>
        <source>New member (not coloured) for less than</source>
        <translation>Nouveau membre (sans couleur) pendant moins de</translation>
    </message>
    <message>
        <source>More unexcused absences than this cap the light at red</source>
        <translation>Au-delà de ce nombre d'absences non excusées, le feu est au mieux rouge</translation>
    </message>
    <message>
        <source>Lights (total out of 100)</source>
        <translation>Feux (total sur 100)</translation>
    </message>
    <message>
        <source>Green from</source>
        <translation>Vert à partir de</translation>
    </message>
    <message>
        <source>Orange from</source>
        <translation>Orange à partir de</translation>
    </message>
    <message>
        <source>Red from (grey below)</source>
        <translation>Rouge à partir de (gris en dessous)</translation>
    </message>
    <message>
        <source>Criteria: threshold and points of each step, best first</source>
        <translation>Critères : seuil et points de chaque palier, du meilleur au moins bon</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Below the last step a criterion gives 0 points. Absences: at most this many; other criteria: at least this value (per month for referrals and one-to-ones).</source>
        <translation>Sous le dernier palier, un critère rapporte 0 point. Absences : au plus ce nombre ; autres critères : au moins cette valeur (par mois pour les recommandations et les tête-à-tête).</translation>
    </message>
    <message>
        <source>Best possible total: {total} (must be 100)</source>
        <translation>Meilleur total possible : {total} (doit être 100)</translation>
    </message>
    <message>
        <source>Last changed: {date}</source>
        <translation>Dernière modification : {date}</translation>
    </message>
    <message>
        <source>The club uses the charter's default numbers.</source>
        <translation>Le club utilise le barème par défaut de la charte.</translation>
    </message>
</context>
<context>
    <name>CharterVersionDialog</name>
    <message>
        <source>Adopt a new version of the charter</source>
        <translation>Adopter une nouvelle version de la charte</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>ex. 2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cercle: the club's secretariat. Without a subcommand, opens the application.</source>
        <translation>Cercle : le secrétariat du club. Sans sous-commande, ouvre l'application.</translation>
    </message>
    <message>
        <source>open the demo club</source>
        <translation>ouvrir le club de démonstration</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>langue de l'interface</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>CHEMIN_OU_URL</translation>
    </message>
    <message>
        <source>database (by default: the user's, or $CERCLE_DB)</source>
        <translation>base de données (par défaut : celle de l'utilisateur, ou $CERCLE_DB)</translation>
    </message>
    <message>
        <source>back up the database (into the backups folder, or into --out)</source>
        <translation>sauvegarder la base (dans le dossier des sauvegardes, ou dans --out)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>backup file to write (it must not exist)</source>
        <translation>fichier de sauvegarde à écrire (il ne doit pas exister)</translation>
    </message>
    <message>
        <source>replace the database with a backup (checked first; the current database is backed up)</source>
        <translation>remplacer la base par une sauvegarde (vérifiée d'abord ; la base actuelle est sauvegardée)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>also replace a database this version cannot open (newer, another application's, read-only); it is kept apart from the backups</source>
        <translation>remplacer aussi une base que cette version ne sait pas ouvrir (plus récente, d'une autre application, en lecture seule) ; elle est gardée à part des sauvegardes</translation>
    </message>
    <message>
        <source>compliance with the charter: each member's criteria, points, total and light</source>
        <translation>conformité à la charte : critères, points, total et feu de chaque membre</translation>
    </message>
    <message>
        <source>date of evaluation (by default: today); window of the 6 months before</source>
        <translation>date d'évaluation (par défaut : aujourd'hui) ; fenêtre des 6 mois avant</translation>
    </message>
    <message>
        <source>copy the whole club from one database to another (SQLite file or PostgreSQL server), checked by the number of rows and a checksum of each table</source>
        <translation>copier tout le club d'une base à une autre (fichier SQLite ou serveur PostgreSQL), vérifié par le nombre de lignes et une somme de contrôle de chaque table</translation>
    </message>
    <message>
        <source>the database to copy (it is not changed)</source>
        <translation>la base à copier (elle n'est pas modifiée)</translation>
    </message>
    <message>
        <source>the database to fill: a new file, or an empty database on the server</source>
        <translation>la base à remplir : un nouveau fichier, ou une base vide sur le serveur</translation>
    </message>
    <message>
        <source>first erase what the target database already holds</source>
        <translation>effacer d'abord ce que la base cible contient déjà</translation>
    </message>
    <message>
        <source>write a demo database</source>
        <translation>écrire une base de démonstration</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>export a list to a spreadsheet (CSV or XLSX)</source>
        <translation>exporter une liste vers un tableur (CSV ou XLSX)</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>ce qu'il faut exporter</translation>
    </message>
    <message>
        <source>.csv or .xlsx file to write</source>
        <translation>fichier .csv ou .xlsx à écrire</translation>
    </message>
    <message>
        <source>attendance: first date (included)</source>
        <translation>présences : première date (incluse)</translation>
    </message>
    <message>
        <source>attendance: last date (included)</source>
        <translation>présences : dernière date (incluse)</translation>
    </message>
    <message>
        <source>import members or an attendance grid (XLSX or CSV)</source>
        <translation>importer des membres ou une grille de présences (XLSX ou CSV)</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>ce que contient le fichier</translation>
    </message>
    <message>
        <source>.xlsx or .csv file</source>
        <translation>fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <source>analyse without saving anything</source>
        <translation>analyser sans rien enregistrer</translation>
    </message>
    <message>
        <source>create the chapters, sectors and meetings the database does not know</source>
        <translation>créer les antennes, secteurs et réunions inconnus de la base</translation>
    </message>
    <message>
        <source>CHAPTER</source>
        <translation>ANTENNE</translation>
    </message>
    <message>
        <source>chapter of the members without one, or of the grid (the meetings it creates, its visitors)</source>
        <translation>antenne des membres sans antenne, ou de la grille (ses réunions créées, ses visiteurs)</translation>
    </message>
    <message>
        <source>grid of the whole club: the meetings it creates are the whole club's</source>
        <translation>grille de tout le club : ses réunions créées sont celles de tout le club</translation>
    </message>
    <message>
        <source>join date of the members who have none (ISO)</source>
        <translation>date d'adhésion des membres qui n'en ont pas (ISO)</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLONNE=CHAMP</translation>
    </message>
    <message>
        <source>map a column (title or letter) to a field; empty FIELD: ignore it</source>
        <translation>associer une colonne (titre ou lettre) à un champ ; CHAMP vide : ignorer</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>save the rejected rows</source>
        <translation>enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>the club's meetings</source>
        <translation>réunions du club</translation>
    </message>
    <message>
        <source>list the meetings with the number present, absent…</source>
        <translation>lister les réunions avec le nombre de présents, absents…</translation>
    </message>
    <message>
        <source>first date (included)</source>
        <translation>première date (incluse)</translation>
    </message>
    <message>
        <source>last date (included)</source>
        <translation>dernière date (incluse)</translation>
    </message>
    <message>
        <source>the club's members</source>
        <translation>membres du club</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>lister les membres</translation>
    </message>
    <message>
        <source>make a PDF report ({names})</source>
        <translation>produire un rapport PDF ({names})</translation>
    </message>
    <message>
        <source>Make a PDF report: {names}.</source>
        <translation>Produire un rapport PDF : {names}.</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>RAPPORT</translation>
    </message>
    <message>
        <source>name of the report: {names}</source>
        <translation>nom du rapport : {names}</translation>
    </message>
    <message>
        <source>start of the period (22/11/2026 or 2026-11-22)</source>
        <translation>début de la période (22/11/2026 ou 2026-11-22)</translation>
    </message>
    <message>
        <source>end of the period, included</source>
        <translation>fin de la période, incluse</translation>
    </message>
    <message>
        <source>date of evaluation (conformite), by default today</source>
        <translation>date d'évaluation (conformite), par défaut aujourd'hui</translation>
    </message>
    <message>
        <source>name (or number) of the chapter; by default the whole club</source>
        <translation>nom (ou numéro) de l'antenne ; par défaut tout le club</translation>
    </message>
    <message>
        <source>number of the meeting (emargement)</source>
        <translation>numéro de la réunion (emargement)</translation>
    </message>
    <message>
        <source>number of the member (fiche-membre)</source>
        <translation>numéro du membre (fiche-membre)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>fichier PDF à écrire</translation>
    </message>
    <message>
        <source>check that every part of the application loads and works</source>
        <translation>vérifier que chaque partie de l'application se charge et fonctionne</translation>
    </message>
    <message>
        <source>without the checks of the interface (Qt)</source>
        <translation>sans les vérifications de l'interface (Qt)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>afficher la version de Cercle et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur incorrecte (%(type)s) : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix inconnu : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>sous-commande inconnue : %(parser_name)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus une valeur est attendue</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s valeurs attendues</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l'argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l'un de ces arguments est obligatoire : %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>valeur ignorée : %r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>impossible d'ouvrir « %(filename)s » : %(error)s</translation>
    </message>
</context>
<context>
    <name>CloseWarningDialog</name>
    <message>
        <source>Close the warning</source>
        <translation>Clore l'avertissement</translation>
    </message>
    <message>
        <source>How the matter was settled</source>
        <translation>Comment l'affaire a été réglée</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ClosedBusinessDialog</name>
    <message>
        <source>Closed business of {date}</source>
        <translation>Affaire conclue du {date}</translation>
    </message>
    <message>
        <source>Amount in MAD excluding tax, e.g. 25 000</source>
        <translation>Montant en MAD HT, par ex. 25 000</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Affaire récurrente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Closed &amp;by</source>
        <translation>Conclue &amp;par</translation>
    </message>
    <message>
        <source>&amp;Thanks to</source>
        <translation>&amp;Grâce à</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>From &amp;referral</source>
        <translation>Issue de la &amp;recommandation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Sans recommandation</translation>
    </message>
    <message>
        <source>Delete the closed business of {amount} closed by {receiver} thanks to {giver} on {date}?</source>
        <translation>Supprimer l’affaire conclue de {amount} par {receiver} grâce à {giver} le {date} ?</translation>
    </message>
    <message>
        <source>Delete the closed business of {amount} closed by {receiver} on {date}?</source>
        <translation>Supprimer l’affaire conclue de {amount} par {receiver} le {date} ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaire conclue</translation>
    </message>
</context>
<context>
    <name>ClosedBusinessPage</name>
    <message>
        <source>New business</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Affaire récurrente</translation>
    </message>
    <message>
        <source>Search: name, need of the referral, notes…</source>
        <translation>Rechercher : nom, besoin de la recommandation, notes…</translation>
    </message>
    <message>
        <source>No closed business matches “{text}”</source>
        <translation>Aucune affaire conclue ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the selected closed business (Enter or double-click)</source>
        <translation>Corriger l’affaire conclue sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed business, {amount}</source>
        <translation>
            <numerusform>%n affaire conclue, {amount}</numerusform>
            <numerusform>%n affaires conclues, {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
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
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>Motif ou remplaçant</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Attendance rate over the last 6 months (—: no meeting expected)</source>
        <translation>Taux de présence sur les 6 derniers mois (— : aucune réunion attendue)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Last version signed</source>
        <translation>Dernière version signée</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Point de la charte</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° de membre</translation>
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
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Business generated</source>
        <translation>Affaires générées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Remplacés</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non pointés</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Donneur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receveur</translation>
    </message>
    <message>
        <source>New or repeat</source>
        <translation>Nouvelle ou récurrente</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>Interne/externe</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Closed amount</source>
        <translation>Montant conclu</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Charter compliance on {date} (window {start} – {end})</source>
        <translation>Conformité à la charte au {date} (fenêtre du {start} au {end})</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Plafonds appliqués</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Absences non excusées</translation>
    </message>
    <message>
        <source>Referrals given per month</source>
        <translation>Recommandations données par mois</translation>
    </message>
    <message>
        <source>Closed business generated (MAD)</source>
        <translation>Affaires conclues générées (MAD)</translation>
    </message>
    <message>
        <source>One-to-ones per month</source>
        <translation>Tête-à-tête par mois</translation>
    </message>
    <message>
        <source>External referrals</source>
        <translation>Recommandations externes</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Guests invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Referrals/month</source>
        <translation>Recom./mois</translation>
    </message>
    <message>
        <source>Closed (MAD)</source>
        <translation>Affaires (MAD)</translation>
    </message>
    <message>
        <source>1-to-1/month</source>
        <translation>Tête-à-tête/mois</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>More than {count} unexcused absences: at most red</source>
        <translation>Plus de {count} absences non excusées : rouge au mieux</translation>
    </message>
    <message>
        <source>Open warning (respect or brand): at most orange</source>
        <translation>Avertissement en cours (respect ou marque) : orange au mieux</translation>
    </message>
    <message>
        <source>Red or grey twice in a row</source>
        <translation>Rouge ou gris deux fois de suite</translation>
    </message>
    <message>
        <source>More than {count} unexcused absences</source>
        <translation>Plus de {count} absences non excusées</translation>
    </message>
    <message>
        <source>Open warning</source>
        <translation>Avertissement en cours</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Guest (came again, counted once)</source>
        <translation>Invité (revenu, compté une fois)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation>Transmise à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Conclue par</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Not a member a month earlier</source>
        <translation>Pas membre un mois plus tôt</translation>
    </message>
    <message>
        <source>A month earlier: {total} ({light})</source>
        <translation>Un mois plus tôt : {total} ({light})</translation>
    </message>
    <message>
        <source>Member for less than the months required: shown, not coloured</source>
        <translation>Membre depuis moins de mois que requis : affiché, sans couleur</translation>
    </message>
    <message>
        <source>Evaluated over {months} months of membership</source>
        <translation>Évalué sur {months} mois d’adhésion</translation>
    </message>
    <message>
        <source>Total {total} out of {max}: {light} (Green from {green}, Orange from {orange}, Red from {red}, Grey below)</source>
        <translation>Total {total} sur {max} : {light} (Vert dès {green}, Orange dès {orange}, Rouge dès {red}, Gris en dessous)</translation>
    </message>
    <message>
        <source>Needs the board's attention: {reasons}</source>
        <translation>À examiner par le bureau : {reasons}</translation>
    </message>
    <message>
        <source>{name}, no. {number}, {chapter}: {light}</source>
        <translation>{name}, n° {number}, {chapter} : {light}</translation>
    </message>
    <message>
        <source>{measure} · {points} pt out of {max}
Double-click to see the records.</source>
        <translation>{measure} · {points} pt sur {max}
Double-cliquez pour voir ce qui le justifie.</translation>
    </message>
    <message>
        <source>{criterion}: value · points</source>
        <translation>{criterion} : valeur · points</translation>
    </message>
    <message numerus="yes">
        <source>{value} unexcused absence(s)</source>
        <translation>
            <numerusform>{value} absence non excusée</numerusform>
            <numerusform>{value} absences non excusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} referral(s) given/month</source>
        <translation>
            <numerusform>{value} recommandation donnée/mois</numerusform>
            <numerusform>{value} recommandations données/mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} MAD of closed business generated</source>
        <translation>
            <numerusform>{value} MAD d’affaires générées</numerusform>
            <numerusform>{value} MAD d’affaires générées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} one-to-one(s)/month</source>
        <translation>
            <numerusform>{value} tête-à-tête/mois</numerusform>
            <numerusform>{value} tête-à-tête/mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} referral(s) to non-members</source>
        <translation>
            <numerusform>{value} recommandation externe</numerusform>
            <numerusform>{value} recommandations externes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} presentation(s)</source>
        <translation>
            <numerusform>{value} présentation</numerusform>
            <numerusform>{value} présentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} guest(s) invited</source>
        <translation>
            <numerusform>{value} invité</numerusform>
            <numerusform>{value} invités</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Board attention</source>
        <translation>Attention du bureau</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
</context>
<context>
    <name>ComplianceHistoryTab</name>
    <message>
        <source>Criteria today</source>
        <translation>Critères à ce jour</translation>
    </message>
    <message>
        <source>Month by month (on the same day of each month, over the window before it):</source>
        <translation>Mois par mois (le même jour de chaque mois, sur la fenêtre qui le précède) :</translation>
    </message>
    <message>
        <source>Not active on {date}: not evaluated</source>
        <translation>Inactif au {date} : non évalué</translation>
    </message>
    <message>
        <source>On {date}: {light}, total {total}</source>
        <translation>Au {date} : {light}, total {total}</translation>
    </message>
    <message>
        <source>{points} / {max} pts</source>
        <translation>{points} / {max} pts</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Compliance with the charter</source>
        <translation>Conformité à la charte</translation>
    </message>
    <message>
        <source>Evaluate on this date, over the months before it</source>
        <translation>Évaluer à cette date, sur les mois qui la précèdent</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Record a warning…</source>
        <translation>Enregistrer un avertissement…</translation>
    </message>
    <message>
        <source>Record a warning for the selected member</source>
        <translation>Enregistrer un avertissement pour le membre sélectionné</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>The compliance report on this date, as a PDF</source>
        <translation>Le rapport de conformité à cette date, en PDF</translation>
    </message>
    <message>
        <source>Search: name, number, company…</source>
        <translation>Rechercher : nom, numéro, société…</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>Tous les feux</translation>
    </message>
    <message>
        <source>Red or grey</source>
        <translation>Rouge ou gris</translation>
    </message>
    <message>
        <source>Needs the board's attention</source>
        <translation>À examiner par le bureau</translation>
    </message>
    <message>
        <source>Red or grey twice in a row, too many unexcused absences, or an open warning</source>
        <translation>Rouge ou gris deux fois de suite, trop d'absences non excusées, ou un avertissement en cours</translation>
    </message>
    <message>
        <source>No member matches “{text}”</source>
        <translation>Aucun membre ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Each criterion: value · points. Double-click a figure for the records behind it; right-click a row for more.</source>
        <translation>Chaque critère : valeur · points. Double-cliquez sur un chiffre pour voir ce qui le justifie ; clic droit pour plus d'actions.</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation en cours…</translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>L'évaluation a échoué : {error}</translation>
    </message>
    <message>
        <source>window: {start} – {end}</source>
        <translation>fenêtre : {start} – {end}</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} sur {total} membres</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Records behind</source>
        <translation>Enregistrements derrière</translation>
    </message>
    <message>
        <source>Open the member record</source>
        <translation>Ouvrir la fiche du membre</translation>
    </message>
</context>
<context>
    <name>ComplianceRecordsDialog</name>
    <message>
        <source>{criterion} — {member}</source>
        <translation>{criterion} — {member}</translation>
    </message>
    <message>
        <source>{criterion}: {value}, {points} points out of {max}, over {start} – {end}.</source>
        <translation>{criterion} : {value}, {points} points sur {max}, du {start} au {end}.</translation>
    </message>
    <message>
        <source>Absences and unmarked meetings count one each; lates count by complete pairs (per the attendance settings); excused absences are not listed.</source>
        <translation>Les absences et les réunions non pointées comptent une chacune ; les retards comptent par paires complètes (selon les réglages des présences) ; les absences excusées ne sont pas listées.</translation>
    </message>
    <message>
        <source>Only the {months} months of membership in the window count; rates per month are divided by them.</source>
        <translation>Seuls les {months} mois d'adhésion dans la fenêtre comptent ; les moyennes par mois sont calculées sur ces mois.</translation>
    </message>
    <message>
        <source>No record over the window.</source>
        <translation>Aucun enregistrement sur la fenêtre.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Ready to import {file}: {new} new member(s), {updated} update(s); {unchanged} row(s) unchanged.</source>
        <translation>Prêt à importer {file} : {new} nouveau(x) membre(s), {updated} mise(s) à jour ; {unchanged} ligne(s) inchangée(s).</translation>
    </message>
    <message>
        <source>Ready to import {file}: {marks} mark(s) to record for {members} member(s).</source>
        <translation>Prêt à importer {file} : {marks} présence(s) à enregistrer pour {members} membre(s).</translation>
    </message>
    <message>
        <source>{count} row(s) rejected will not be imported; you can save them from the previous step.</source>
        <translation>{count} ligne(s) rejetée(s) ne seront pas importées ; vous pouvez les enregistrer à l'étape précédente.</translation>
    </message>
    <message>
        <source>Everything is written at once, or nothing if anything goes wrong.</source>
        <translation>Tout est enregistré d'un coup, ou rien si un problème survient.</translation>
    </message>
    <message>
        <source>Check the summary, then import the accepted rows.</source>
        <translation>Vérifiez le résumé, puis importez les lignes acceptées.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L'import est terminé.</translation>
    </message>
    <message>
        <source>Import done: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</source>
        <translation>Import terminé : {created} membre(s) créé(s), {updated} mis à jour, {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <source>{chapters} chapter(s) and {sectors} sector(s) created.</source>
        <translation>{chapters} antenne(s) et {sectors} secteur(s) créé(s).</translation>
    </message>
    <message>
        <source>Import done: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</source>
        <translation>Import terminé : {marks} pointage(s) enregistré(s), {meetings} réunion(s) créée(s), {rejected} ligne(s) rejetée(s).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par l'autre personne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>Reload shows the record as it is saved now (your changes are dropped). Overwrite saves your values over theirs.</source>
        <translation>Recharger affiche la fiche telle qu'elle est enregistrée maintenant (vos modifications sont abandonnées). Écraser enregistre vos valeurs à la place des leurs.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Écraser avec mes valeurs</translation>
    </message>
    <message>
        <source>The record no longer exists: close the form.</source>
        <translation>La fiche n'existe plus : fermez le formulaire.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ConsentField</name>
    <message>
        <source>The day the member gave this consent</source>
        <translation>Le jour où le membre a donné ce consentement</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Becomes a member…</source>
        <translation>Devient membre…</translation>
    </message>
    <message>
        <source>Create their member record from this contact; their history stays attached</source>
        <translation>Créer sa fiche de membre à partir de ce contact ; son historique y reste rattaché</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Recruitment follow-up</source>
        <translation>Suivi du recrutement</translation>
    </message>
    <message>
        <source>Became member</source>
        <translation>Devenu membre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{referrals} referrals, {visits} meeting visits</source>
        <translation>{referrals} recommandation(s), {visits} visite(s) en réunion</translation>
    </message>
    <message>
        <source>member no. {number} since joining</source>
        <translation>membre n° {number} depuis son adhésion</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search: name, company, sector, phone, e-mail…</source>
        <translation>Rechercher : nom, société, secteur, téléphone, e-mail…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contact matches “{text}”</source>
        <translation>Aucun contact ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>{shown} shown of {total} contacts</source>
        <translation>{shown} affichés sur {total} contacts</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>What the target held is kept in {path}.</source>
        <translation>Ce que contenait la base cible est conservé dans {path}.</translation>
    </message>
    <message>
        <source>Copied {tables} tables ({rows} rows) into {target}: counts and checksums match the source.</source>
        <translation>{tables} tables copiées ({rows} lignes) dans {target} : nombres de lignes et sommes de contrôle identiques à la source.</translation>
    </message>
    <message>
        <source>{target} already holds a club ({table}: {rows} rows). Copy into an empty database, or add --replace to erase it first.</source>
        <translation>{target} contient déjà un club ({table} : {rows} lignes). Copiez vers une base vide, ou ajoutez --replace pour l'effacer d'abord.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>La source et la cible sont la même base de données.</translation>
    </message>
    <message>
        <source>The copy of the table {table} differs from the source ({source} rows, {target} copied): nothing was written.</source>
        <translation>La copie de la table {table} diffère de la source ({source} lignes, {target} copiées) : rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cercle met an unexpected error and interrupted the action in progress. Nothing that action was doing was saved: your data is intact.</source>
        <translation>Cercle a rencontré une erreur inattendue et a interrompu l'action en cours. Rien de ce que faisait cette action n'a été enregistré : vos données sont intactes.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Send it to whoever maintains Cercle for you.</source>
        <translation>Les détails sont dans le journal :
{path}
Envoyez-le à la personne qui s'occupe de Cercle pour vous.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>No log file could be written in the user data folder.</source>
        <translation>Aucun journal n'a pu être écrit dans le dossier des données de l'utilisateur.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Restored from {file}</source>
        <translation>Base restaurée depuis {file}</translation>
    </message>
    <message>
        <source>Database in a folder synchronised by {service}</source>
        <translation>Base dans un dossier synchronisé par {service}</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Base sur un partage réseau</translation>
    </message>
    <message>
        <source>Where the database is kept</source>
        <translation>Emplacement de la base de données</translation>
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
        <translation>{path} n’est pas une base de données Cercle : elle appartient à une autre application.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup.</source>
        <translation>{path} est endommagé et ne peut pas être lu. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is read-only: Cercle needs to write to it. Check its permissions.</source>
        <translation>{path} est en lecture seule : Cercle doit pouvoir y écrire. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it and try again.</source>
        <translation>{path} est utilisé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>{path} was created by a newer version of Cercle (schema {revision}). Install the latest version of Cercle to open it; the file was left untouched.</source>
        <translation>{path} a été créé par une version plus récente de Cercle (schéma {revision}). Installez la dernière version de Cercle pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} is missing. Restore its newest backup, {backup}.</source>
        <translation>{path} est endommagé : sa table {table} manque. Restaurez sa dernière sauvegarde, {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} is missing. Restore it from a backup.</source>
        <translation>{path} est endommagé : sa table {table} manque. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} has lost its column {column}. Restore its newest backup, {backup}.</source>
        <translation>{path} est endommagé : sa table {table} a perdu sa colonne {column}. Restaurez sa dernière sauvegarde, {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} has lost its column {column}. Restore it from a backup.</source>
        <translation>{path} est endommagé : sa table {table} a perdu sa colonne {column}. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Le dossier de {path} n’existe pas.</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the name of the file.</source>
        <translation>Il n'y a pas de base de données à {path} : vérifiez le nom du fichier.</translation>
    </message>
    <message>
        <source>Updating {path} failed; the copy made before the update is {backup}.</source>
        <translation>La mise à jour de {path} a échoué ; la copie faite avant la mise à jour est {backup}.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached. Check its address and port, and that it is running, then try again.</source>
        <translation>Le serveur de base de données {server} est injoignable. Vérifiez son adresse et son port, et qu'il est démarré, puis réessayez.</translation>
    </message>
    <message>
        <source>The database server {server} refused the user name or the password of {user}.</source>
        <translation>Le serveur de base de données {server} a refusé le nom d'utilisateur ou le mot de passe de {user}.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on the server {server}. Ask for it to be created.</source>
        <translation>La base de données {database} n'existe pas sur le serveur {server}. Demandez qu'elle soit créée.</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection ({reason}).</source>
        <translation>Le serveur de base de données {server} a refusé la connexion ({reason}).</translation>
    </message>
    <message>
        <source>The user {user} may not create or change the tables of {path}. Ask for the rights.</source>
        <translation>L'utilisateur {user} n'a pas le droit de créer ou de modifier les tables de {path}. Demandez ces droits.</translation>
    </message>
    <message>
        <source>This copy of Cercle cannot connect to a {engine} server: its driver is not installed.</source>
        <translation>Cette installation de Cercle ne peut pas se connecter à un serveur {engine} : son pilote n'est pas installé.</translation>
    </message>
    <message>
        <source>{url} is not a database address Cercle can open (use a file or postgresql://user@host/database).</source>
        <translation>{url} n'est pas une adresse de base de données que Cercle sait ouvrir (indiquez un fichier ou postgresql://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>{path} is in use by another program: nothing was saved. Close it and try again.</source>
        <translation>{path} est utilisé par un autre programme : rien n'a été enregistré. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed the same records in {path} meanwhile: nothing was saved. Try again.</source>
        <translation>Quelqu'un d'autre a modifié les mêmes données dans {path} entre-temps : rien n'a été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Board decision</source>
        <translation>Décision du bureau</translation>
    </message>
    <message>
        <source>e.g. Bureau du 12/11/2026 — K. Alaoui</source>
        <translation>ex. Bureau du 12/11/2026 — K. Alaoui</translation>
    </message>
    <message>
        <source>Also change the member's status to excluded from this date</source>
        <translation>Faire aussi passer le membre au statut exclu à cette date</translation>
    </message>
    <message>
        <source>Excluded by the board: breach of the charter (point {point})</source>
        <translation>Exclu par le bureau : manquement à la charte (point {point})</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Motif de l'exclusion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check the result</source>
        <translation>Vérifier le résultat</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>Ce que ferait l'import. Rien n'a encore été enregistré.</translation>
    </message>
    <message>
        <source>Show every row (otherwise only the rejected ones and those to check)</source>
        <translation>Afficher toutes les lignes (sinon seulement les lignes rejetées et celles à vérifier)</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Cette réunion a été annulée : rétablissez-la avant d’enregistrer les présences.</translation>
    </message>
    <message>
        <source>This meeting has not taken place yet: only excuses are recorded before the day.</source>
        <translation>Cette réunion n’a pas encore eu lieu : seules les excuses s’enregistrent avant le jour même.</translation>
    </message>
    <message>
        <source>This meeting was held more than 7 days ago: confirm the change, which will be kept in the audit trail.</source>
        <translation>Cette réunion a eu lieu il y a plus de 7 jours : confirmez la modification, qui sera conservée dans le journal des modifications.</translation>
    </message>
    <message>
        <source>No member with number {number}.</source>
        <translation>Aucun membre ne porte le numéro {number}.</translation>
    </message>
    <message>
        <source>{name} (number {number}) is no longer a member of the club.</source>
        <translation>{name} (n° {number}) ne fait plus partie du club.</translation>
    </message>
    <message>
        <source>{name} (number {number}) was not an active member on the day of this meeting.</source>
        <translation>{name} (n° {number}) n’était pas membre actif le jour de cette réunion.</translation>
    </message>
    <message>
        <source>{name} (number {number}) is not on the board: a board meeting takes the board only.</source>
        <translation>{name} (n° {number}) ne fait pas partie du bureau : une réunion du bureau ne réunit que ses membres.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Ce membre n’existe plus.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>{name} appears in {count} referrals or meeting visits and cannot be deleted.</source>
        <translation>{name} figure dans {count} recommandation(s) ou visite(s) en réunion : sa fiche ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file for the demo club.</source>
        <translation>{path} existe déjà ; choisissez un nouveau fichier pour le club de démonstration.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Cette réunion n’existe plus.</translation>
    </message>
    <message>
        <source>This meeting already has attendance or guests recorded: cancel it instead of deleting it.</source>
        <translation>Des présences ou des invités sont déjà enregistrés pour cette réunion : annulez-la au lieu de la supprimer.</translation>
    </message>
    <message>
        <source>{name} already has a status at this meeting: clear it before removing them.</source>
        <translation>{name} a déjà un statut à cette réunion : effacez ce statut avant de retirer ce membre.</translation>
    </message>
    <message>
        <source>{name} has a history in the club and cannot be deleted. Change their status to resigned or excluded instead.</source>
        <translation>{name} a un historique dans le club et ne peut pas être supprimé. Changez plutôt son statut en démissionnaire ou exclu.</translation>
    </message>
    <message>
        <source>A member already looks like this one: {name} ({company}), number {number}.</source>
        <translation>Un membre ressemble déjà à celui-ci : {name} ({company}), n° {number}.</translation>
    </message>
    <message>
        <source>“{name}” is used by {count} record(s) and cannot be deleted; retire it instead.</source>
        <translation>« {name} » est utilisé par {count} fiche(s) et ne peut pas être supprimé ; retirez-le plutôt.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Cette recommandation n’existe plus.</translation>
    </message>
    <message>
        <source>This referral has {count} closed business linked to it: choose whether to keep it (detached from the referral) or delete it too.</source>
        <translation>{count} affaire(s) conclue(s) sont liées à cette recommandation : choisissez de les conserver (détachées de la recommandation) ou de les supprimer aussi.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx: {path}</source>
        <translation>Choisissez un nom de fichier se terminant par .csv ou .xlsx : {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>There is no chapter named {name}.</source>
        <translation>Il n'y a pas d'antenne nommée {name}.</translation>
    </message>
    <message>
        <source>The chapter's name is blank: name a chapter.</source>
        <translation>Le nom de l'antenne est vide : indiquez une antenne.</translation>
    </message>
    <message>
        <source>No charter has been adopted yet.</source>
        <translation>Aucune charte n'a encore été adoptée.</translation>
    </message>
    <message>
        <source>This charter version no longer exists.</source>
        <translation>Cette version de la charte n'existe plus.</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>Cet avertissement n'existe plus.</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>Cette décision n'existe plus.</translation>
    </message>
    <message>
        <source>{name} has not signed version {version}.</source>
        <translation>{name} n'a pas signé la version {version}.</translation>
    </message>
    <message>
        <source>This warning was closed on {date}; reopen it to add a decision.</source>
        <translation>Cet avertissement a été clos le {date} ; rouvrez-le pour ajouter une décision.</translation>
    </message>
    <message>
        <source>This warning was already closed on {date}.</source>
        <translation>Cet avertissement a déjà été clos le {date}.</translation>
    </message>
    <message>
        <source>This warning is open.</source>
        <translation>Cet avertissement est ouvert.</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it.</source>
        <translation>Quelqu'un d'autre a modifié {record} depuis l'ouverture de ce formulaire.</translation>
    </message>
    <message>
        <source>{record} was deleted by someone else since you opened it.</source>
        <translation>Quelqu'un d'autre a supprimé {record} depuis l'ouverture de ce formulaire.</translation>
    </message>
    <message>
        <source>The member {number} – {name}</source>
        <translation>le membre {number} – {name}</translation>
    </message>
    <message>
        <source>The meeting of {date}</source>
        <translation>la réunion du {date}</translation>
    </message>
    <message>
        <source>The referral of {date}</source>
        <translation>la recommandation du {date}</translation>
    </message>
    <message>
        <source>The contact {name}</source>
        <translation>le contact {name}</translation>
    </message>
    <message>
        <source>The closed business of {date}</source>
        <translation>l'affaire conclue du {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{record} belongs to the chapter {chapter}: this connection may change only what belongs to {limit}.</source>
        <translation>{record} relève de l'antenne {chapter} : cette connexion ne peut modifier que ce qui relève de {limit}.</translation>
    </message>
    <message>
        <source>{record} belongs to the whole club: this connection may change only what belongs to {limit}.</source>
        <translation>{record} relève du club entier : cette connexion ne peut modifier que ce qui relève de {limit}.</translation>
    </message>
    <message>
        <source>Replacing the whole database changes every chapter's records: this connection may change only what belongs to {limit}.</source>
        <translation>Remplacer toute la base change les données de toutes les antennes : cette connexion ne peut modifier que ce qui relève de {limit}.</translation>
    </message>
    <message>
        <source>The window cannot start: no display (DISPLAY and WAYLAND_DISPLAY are not set). The cercle subcommands work without one.</source>
        <translation>La fenêtre ne peut pas s’ouvrir : aucun écran (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Les sous-commandes de cercle fonctionnent sans écran.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} is missing (see the README's quick start).</source>
        <translation>La fenêtre ne peut pas s’ouvrir : la bibliothèque système {library} manque (voir le démarrage rapide du README).</translation>
    </message>
    <message>
        <source>The window cannot start: Qt could not be loaded ({reason}).</source>
        <translation>La fenêtre ne peut pas s’ouvrir : Qt n’a pas pu être chargé ({reason}).</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <source>Business trip</source>
        <translation>Déplacement professionnel</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Client appointment</source>
        <translation>Rendez-vous client</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Family reason</source>
        <translation>Raison familiale</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Member number</source>
        <translation>N° de membre</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Heure d’arrivée</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>Motif ou remplaçant</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as saved by Excel. Nothing is written before the last step.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV, tel qu'Excel l'enregistre. Rien n'est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>A list of members</source>
        <translation>Une liste de membres</translation>
    </message>
    <message>
        <source>An attendance grid (members in rows, meeting dates in columns)</source>
        <translation>Une grille de présences (membres en lignes, dates de réunion en colonnes)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n'existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c'est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>le fichier est ouvert dans un autre programme</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>un fichier de ce nom est à sa place</translation>
    </message>
    <message>
        <source>Cercle's data folder {path} cannot be created ({reason}): move or rename what is in its place.</source>
        <translation>Le dossier de données de Cercle {path} ne peut pas être créé ({reason}) : déplacez ou renommez ce qui est à sa place.</translation>
    </message>
    <message>
        <source>Cercle's data folder {path} cannot be read ({reason}).</source>
        <translation>Le dossier de données de Cercle {path} ne peut pas être lu ({reason}).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>Ce formulaire contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>e.g. Club des dirigeants de Casablanca</source>
        <translation>p. ex. Club des dirigeants de Casablanca</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The club (printed on the reports)</source>
        <translation>Le club (imprimé sur les rapports)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Dialogs opened from now on use the new language; the pages already open follow at the next start.</source>
        <translation>Les fenêtres ouvertes désormais sont dans la nouvelle langue ; les pages déjà ouvertes suivront au prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the club's logo</source>
        <translation>Choisir le logo du club</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>New guest</source>
        <translation>Nouvel invité</translation>
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
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
</context>
<context>
    <name>Guests</name>
    <message>
        <source>To call</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature déposée</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Aucun suivi</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <source>Came before: recognised</source>
        <translation>Déjà venu : invité reconnu</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>Remove the selected guest from this meeting</source>
        <translation>Retirer l’invité sélectionné de cette réunion</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{name} was recognised: visit number {visits}.</source>
        <translation>{name} a été reconnu : visite n° {visits}.</translation>
    </message>
    <message>
        <source>{name} is a new contact, to call.</source>
        <translation>{name} est un nouveau contact, à rappeler.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Search in the current page</source>
        <translation>Rechercher dans la page affichée</translation>
    </message>
    <message>
        <source>New member (members page), new meeting (meetings page)</source>
        <translation>Nouveau membre (page Membres), nouvelle réunion (page Réunions)</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Ouvrir la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Save the open form; save the PDF on the Reports page</source>
        <translation>Enregistrer la fiche ouverte ; enregistrer le PDF sur la page Rapports</translation>
    </message>
    <message>
        <source>On an attendance sheet: present, late, absent, excused, substituted</source>
        <translation>Sur une feuille de présence : présent, retard, absent, excusé, remplacé</translation>
    </message>
    <message>
        <source>On an attendance sheet: all unmarked members are present</source>
        <translation>Sur une feuille de présence : tous les membres non pointés sont présents</translation>
    </message>
    <message>
        <source>Quick entry of the weekly referrals (referrals page)</source>
        <translation>Saisie rapide des recommandations de la semaine (page Recommandations)</translation>
    </message>
    <message>
        <source>Print the report shown on the Reports page</source>
        <translation>Imprimer le rapport affiché sur la page Rapports</translation>
    </message>
    <message>
        <source>Generate the report again (Reports page)</source>
        <translation>Générer à nouveau le rapport (page Rapports)</translation>
    </message>
    <message>
        <source>Close a form without saving</source>
        <translation>Fermer une fiche sans enregistrer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <source>The sidebar lists the sections: the dashboard, members, meetings and attendance, referrals and closed business, the network of who passes business to whom, the charter's compliance lights, the charter with its signatures and warnings, contacts and prospects, the reports. A new database opens on a welcome page: import the member list from Excel, type the first member, or explore the demo club.</source>
        <translation>La barre latérale donne accès aux rubriques : le tableau de bord, les membres, les réunions et les présences, les recommandations et les affaires conclues, le réseau (qui apporte des affaires à qui), les feux de conformité à la charte, la charte avec ses signatures et ses avertissements, les contacts et prospects, les rapports. Une base vide s'ouvre sur une page d'accueil : importer la liste des membres depuis Excel, saisir le premier membre ou découvrir le club de démonstration.</translation>
    </message>
    <message>
        <source>Every week: record the meeting's attendance (Meetings), the referrals passed and the business closed (Referrals). The board's PDFs are on the Reports page.</source>
        <translation>Chaque semaine : pointer les présences de la réunion (Réunions), les recommandations passées et les affaires conclues (Recommandations). Les PDF du bureau sont sur la page Rapports.</translation>
    </message>
    <message>
        <source>The club's name, logo and address (printed on the reports), the language, the attendance rules and the backups are set in File → Settings.</source>
        <translation>Le nom, le logo et l'adresse du club (imprimés sur les rapports), la langue, les règles de présence et les sauvegardes se règlent dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>To move to a new computer: make a backup, copy it to the new computer, install Cercle there and restore the backup.</source>
        <translation>Pour passer à un nouvel ordinateur : faites une sauvegarde, copiez-la sur le nouvel ordinateur, installez-y Cercle et restaurez la sauvegarde.</translation>
    </message>
    <message>
        <source>Cercle help</source>
        <translation>Aide de Cercle</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Active members by month</source>
        <translation>Membres actifs par mois</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Taux de présence par mois</translation>
    </message>
    <message>
        <source>Referrals and closed business by month</source>
        <translation>Recommandations et affaires conclues par mois</translation>
    </message>
    <message>
        <source>Referrals and closed business by chapter</source>
        <translation>Recommandations et affaires conclues par antenne</translation>
    </message>
    <message>
        <source>Charter lights</source>
        <translation>Feux de la charte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Attendance, last 3 months</source>
        <translation>Présence, 3 derniers mois</translation>
    </message>
    <message>
        <source>Referrals this year</source>
        <translation>Recommandations cette année</translation>
    </message>
    <message>
        <source>Closed business this year</source>
        <translation>Montant conclu cette année</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Les chiffres n'ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Figures on {today}; charts over the last 12 months, from {start} to {end}. Click a figure to open its page.</source>
        <translation>Chiffres au {today} ; graphiques des 12 derniers mois, du {start} au {end}. Cliquez sur un chiffre pour ouvrir sa page.</translation>
    </message>
    <message>
        <source>{joined} joined and {left} left in 12 months</source>
        <translation>{joined} entrées et {left} sorties en 12 mois</translation>
    </message>
    <message>
        <source>Open the members</source>
        <translation>Ouvrir les membres</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held since {start}</source>
        <translation>
            <numerusform>%n réunion tenue depuis le {start}</numerusform>
            <numerusform>%n réunions tenues depuis le {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the meetings</source>
        <translation>Ouvrir les réunions</translation>
    </message>
    <message>
        <source>{internal} to members, {external} to outsiders</source>
        <translation>{internal} vers des membres, {external} vers l'extérieur</translation>
    </message>
    <message>
        <source>Open the referral journal</source>
        <translation>Ouvrir le journal des recommandations</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) since 1 January</source>
        <translation>
            <numerusform>%n affaire conclue depuis le 1er janvier</numerusform>
            <numerusform>%n affaires conclues depuis le 1er janvier</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the charter compliance</source>
        <translation>Ouvrir la conformité à la charte</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown field {field} in --map; known fields: {fields}.</source>
        <translation>Champ {field} inconnu dans --map ; champs connus : {fields}.</translation>
    </message>
    <message>
        <source>--whole-club is for an attendance grid: each member belongs to one chapter.</source>
        <translation>--whole-club vaut pour une grille de présences : chaque membre appartient à une antenne.</translation>
    </message>
    <message>
        <source>Row {row}{column}: {result} – {reason}</source>
        <translation>Ligne {row}{column} : {result} – {reason}</translation>
    </message>
    <message>
        <source>Chapters not in the database: {names}</source>
        <translation>Antennes absentes de la base : {names}</translation>
    </message>
    <message>
        <source>Sectors not in the database: {names}</source>
        <translation>Secteurs absents de la base : {names}</translation>
    </message>
    <message>
        <source>Meeting dates not in the database: {dates}</source>
        <translation>Dates de réunion absentes de la base : {dates}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Imported: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</source>
        <translation>Import terminé : {created} membre(s) créé(s), {updated} mis à jour, {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <source>Imported: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</source>
        <translation>Import terminé : {marks} présence(s) enregistrée(s), {meetings} réunion(s) créée(s), {rejected} ligne(s) rejetée(s).</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the file needs column titles such as Nom, Prénom, Société.</source>
        <translation>Aucune ligne de titres dans les {rows} premières lignes : le fichier doit avoir des titres de colonnes comme Nom, Prénom, Société.</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the grid needs a member column (N° or Nom) and meeting dates as column titles.</source>
        <translation>Aucune ligne de titres dans les {rows} premières lignes : la grille doit avoir une colonne de membres (N° ou Nom) et des dates de réunion comme titres de colonnes.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>Le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>A member number is a whole number, e.g. 1042.</source>
        <translation>Un numéro de membre est un nombre entier, par ex. 1042.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”: use P (present), R (late), A (absent), E (excused), S (substituted) or leave blank.</source>
        <translation>Statut « {value} » inconnu : utilisez P (présent), R (retard), A (absent), E (excusé), S (remplacé) ou laissez vide.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Valeur « {value} » inconnue.</translation>
    </message>
    <message>
        <source>Write oui, non or the date the consent was given.</source>
        <translation>Écrivez oui, non ou la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>Characters here are not in the file's encoding (shown as “�”): correct them in the file and save it again as UTF-8.</source>
        <translation>Des caractères ne sont pas dans l'encodage du fichier (affichés « � ») : corrigez-les dans le fichier et enregistrez-le à nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Doublon dans le fichier</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
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
        <translation>Entreprise</translation>
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
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
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
        <source>Join date</source>
        <translation>Date d'adhésion</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Rôle au club</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Consentement au traitement des données</translation>
    </message>
    <message>
        <source>Consent to appear in the directory</source>
        <translation>Consentement à figurer dans l’annuaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de réunion</translation>
    </message>
    <message>
        <source>Cannot read {path}: the file does not exist.</source>
        <translation>Impossible de lire {path} : le fichier n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a valid Excel (.xlsx) file.</source>
        <translation>{path} n'est pas un fichier Excel (.xlsx) valide.</translation>
    </message>
    <message>
        <source>{path} is in the old Excel format (.xls): open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{path} est à l'ancien format Excel (.xls) : ouvrez-le dans Excel et enregistrez-le en .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file: {path}</source>
        <translation>Choisissez un fichier .xlsx ou .csv : {path}</translation>
    </message>
    <message>
        <source>{path} is too large to import (over {limit} rows or {megabytes} MB).</source>
        <translation>{path} est trop volumineux pour être importé (plus de {limit} lignes ou {megabytes} Mo).</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file: {reason}</source>
        <translation>{path} n'est pas un fichier CSV lisible : {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a text file: save it from Excel as .xlsx or CSV.</source>
        <translation>{path} n'est pas un fichier texte : enregistrez-le depuis Excel en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>{path} mixes several text encodings: open it in Excel and save it again as “CSV UTF-8”.</source>
        <translation>{path} mélange plusieurs encodages de texte : ouvrez-le dans Excel et enregistrez-le à nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Windows-1252: at row {row}, column {column}, a byte means nothing in either. Open it in Excel and save it again as “CSV UTF-8”.</source>
        <translation>{path} n'est ni en UTF-8 ni en Windows-1252 : ligne {row}, colonne {column}, un octet n'a de sens dans aucun des deux. Ouvrez-le dans Excel et enregistrez-le à nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its part {part} expands to {megabytes} MB (at most {limit} MB).</source>
        <translation>{path} ne peut pas être importé : sa partie {part} occupe {megabytes} Mo une fois décompressée (au plus {limit} Mo).</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its part {part} expands {ratio} times its size in the file (at most {limit} times).</source>
        <translation>{path} ne peut pas être importé : sa partie {part} occupe une fois décompressée {ratio} fois sa taille dans le fichier (au plus {limit} fois).</translation>
    </message>
    <message>
        <source>{path} cannot be imported: row {row} holds more cells than a spreadsheet can ({limit}).</source>
        <translation>{path} ne peut pas être importé : la ligne {row} contient plus de cellules qu'un tableur ne le permet ({limit}).</translation>
    </message>
    <message>
        <source>{path} is too large to import: over {limit} cells in its sheet.</source>
        <translation>{path} est trop volumineux pour être importé : plus de {limit} cellules dans sa feuille.</translation>
    </message>
    <message>
        <source>No column identifies the members: map a column to the member number or the name.</source>
        <translation>Aucune colonne n'identifie les membres : associez une colonne au numéro de membre ou au nom.</translation>
    </message>
    <message>
        <source>No column is a meeting date: map the columns whose title is a date.</source>
        <translation>Aucune colonne n'est une date de réunion : associez les colonnes dont le titre est une date.</translation>
    </message>
    <message>
        <source>Column {column} is mapped to a meeting but its title is not a date.</source>
        <translation>La colonne {column} est associée à une réunion mais son titre n'est pas une date.</translation>
    </message>
    <message>
        <source>Two columns hold the meeting of {date}.</source>
        <translation>Deux colonnes portent la réunion du {date}.</translation>
    </message>
    <message>
        <source>No member with this number or name.</source>
        <translation>Aucun membre avec ce numéro ou ce nom.</translation>
    </message>
    <message>
        <source>Several members are called {name}: use the member number.</source>
        <translation>Plusieurs membres s'appellent {name} : utilisez le numéro de membre.</translation>
    </message>
    <message>
        <source>{name} was not expected at the meeting of {date}.</source>
        <translation>{name} n'était pas attendu à la réunion du {date}.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet.</source>
        <translation>La réunion du {date} n'a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>No meeting is recorded on {dates}: allow the import to create them, or plan them first.</source>
        <translation>Aucune réunion n'est enregistrée le {dates} : autorisez l'import à les créer, ou planifiez-les d'abord.</translation>
    </message>
    <message>
        <source>Same member as row {row}.</source>
        <translation>Même membre qu'à la ligne {row}.</translation>
    </message>
    <message>
        <source>Member of {chapter}: recorded as a visitor on {dates}.</source>
        <translation>Membre de l'antenne {chapter} : enregistré comme visiteur le {dates}.</translation>
    </message>
    <message>
        <source>Map or create the chapters and sectors the database does not know: {names}.</source>
        <translation>Associez ou créez les antennes et secteurs inconnus de la base : {names}.</translation>
    </message>
    <message>
        <source>No column holds the member's name: map at least the last name, first name and company.</source>
        <translation>Aucune colonne ne contient le nom du membre : associez au moins le nom, le prénom et la société.</translation>
    </message>
    <message>
        <source>Same {what} as row {row}.</source>
        <translation>Même {what} qu'à la ligne {row}.</translation>
    </message>
    <message>
        <source>Same {what} as member {number} ({name}), already recorded.</source>
        <translation>Même {what} que le membre n° {number} ({name}), déjà enregistré.</translation>
    </message>
    <message>
        <source>Member number {number} is {name} in the database: check the number or the name.</source>
        <translation>Le membre n° {number} est {name} dans la base : vérifiez le numéro ou le nom.</translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation>Modifie : {fields}.</translation>
    </message>
    <message>
        <source>Columns {first} (“{first_title}”) and {other} (“{other_title}”) both hold the field “{field}”: column {first} is imported, {other} is left out.</source>
        <translation>Les colonnes {first} (« {first_title} ») et {other} (« {other_title} ») contiennent toutes deux le champ « {field} » : la colonne {first} est importée, {other} est laissée de côté.</translation>
    </message>
    <message>
        <source>A member named {name} already exists ({company}, number {number}): check that this is someone else.</source>
        <translation>Un membre nommé {name} existe déjà ({company}, n° {number}) : vérifiez qu'il s'agit bien d'une autre personne.</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>numéro de membre</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>nom et société</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Members of another chapter, recorded as visitors: {count}</source>
        <translation>Membres d'une autre antenne, enregistrés comme visiteurs : {count}</translation>
    </message>
    <message>
        <source>New rows to check (a member of the same name exists): {count}</source>
        <translation>Nouvelles lignes à vérifier (un membre du même nom existe) : {count}</translation>
    </message>
    <message>
        <source>Marks to record: {count}</source>
        <translation>Présences à enregistrer : {count}</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column} : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was imported.
{error}</source>
        <translation>Erreur inattendue ; rien n'a été importé.
{error}</translation>
    </message>
</context>
<context>
    <name>JoinClubDialog</name>
    <message>
        <source>{name} becomes a member</source>
        <translation>{name} devient membre</translation>
    </message>
    <message>
        <source>A member record will be created from this contact (name, company, sector, phone, e-mail) and linked to it: their referrals and visits stay in their history. Complete the record afterwards in the members page.</source>
        <translation>Une fiche de membre sera créée à partir de ce contact (nom, société, secteur, téléphone, e-mail) et liée à celui-ci : ses recommandations et visites restent dans son historique. Complétez ensuite la fiche dans la page Membres.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Date d’adhésion</translation>
    </message>
    <message>
        <source>&amp;Chapter</source>
        <translation>A&amp;ntenne</translation>
    </message>
    <message>
        <source>&amp;Join date</source>
        <translation>Date d’a&amp;dhésion</translation>
    </message>
    <message>
        <source>Create the member</source>
        <translation>Créer le membre</translation>
    </message>
    <message>
        <source>Create a new member anyway?</source>
        <translation>Créer quand même un nouveau membre ?</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Donneur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receveur</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Toutes les antennes</translation>
    </message>
</context>
<context>
    <name>LightDetails</name>
    <message>
        <source>No member selected</source>
        <translation>Aucun membre sélectionné</translation>
    </message>
    <message>
        <source>Select a row to read why its light is what it is.</source>
        <translation>Sélectionnez une ligne pour lire ce qui explique son feu.</translation>
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
        <source>&amp;My database</source>
        <translation>&amp;Ma base de données</translation>
    </message>
    <message>
        <source>Back to the club's own database (after the demo club or another file)</source>
        <translation>Revenir à la base de données du club (après le club de démonstration ou un autre fichier)</translation>
    </message>
    <message>
        <source>Chapters and &amp;sectors…</source>
        <translation>Antennes et &amp;secteurs…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
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
        <source>Demo club (a separate file, not your data): {name}</source>
        <translation>Club de démonstration (un fichier à part, pas vos données) : {name}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>An unexpected error occurred; nothing was saved by the interrupted action.
{error}</source>
        <translation>Une erreur inattendue s’est produite ; l’action interrompue n’a rien enregistré.
{error}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Titre dans le fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Field in Cercle</source>
        <translation>Champ dans Cercle</translation>
    </message>
    <message>
        <source>Join date of the members whose row gives none:</source>
        <translation>Date d'adhésion des membres sans date :</translation>
    </message>
    <message>
        <source>{file}: titles found on row {row}. Check the field each column goes to; your choices are remembered for the next file.</source>
        <translation>{file} : titres trouvés à la ligne {row}. Vérifiez le champ de chaque colonne ; vos choix sont retenus pour le prochain fichier.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Chapter of the members whose row names none:</source>
        <translation>Antenne des membres sans antenne :</translation>
    </message>
    <message>
        <source>(none: such rows are errors)</source>
        <translation>(aucune : ces lignes sont en erreur)</translation>
    </message>
    <message>
        <source>Chapter of the meetings to create:</source>
        <translation>Antenne des réunions à créer :</translation>
    </message>
    <message>
        <source>The members' chapter</source>
        <translation>L'antenne des membres</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{giver} to {receiver}: {count} referrals</source>
        <translation>{giver} vers {receiver} : {count} recommandation(s)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title / agenda</source>
        <translation>Intitulé / ordre du jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Repeat: create a series</source>
        <translation>Répéter : créer une série</translation>
    </message>
    <message>
        <source>Untick the dates without a meeting (holidays).</source>
        <translation>Décochez les dates sans réunion (jours fériés, vacances).</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Plan a meeting or a series (Ctrl+N)</source>
        <translation>Planifier une réunion ou une série (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete a meeting created by mistake; one with attendance or guests is cancelled instead</source>
        <translation>Supprimer une réunion créée par erreur ; une réunion avec des présences ou des invités est annulée à la place</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Journal des modifications…</translation>
    </message>
    <message>
        <source>Changes made to this meeting's attendance after 7 days</source>
        <translation>Modifications apportées aux présences de cette réunion après 7 jours</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Record who came (Enter)</source>
        <translation>Pointer les présences (Entrée)</translation>
    </message>
    <message>
        <source>Sign-in sheet (PDF)</source>
        <translation>Feuille d'émargement (PDF)</translation>
    </message>
    <message>
        <source>The printable sign-in sheet of the selected meeting</source>
        <translation>La feuille d'émargement à imprimer de la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Whole club only</source>
        <translation>Tout le club uniquement</translation>
    </message>
    <message>
        <source>{count} meetings · average turnout {turnout}</source>
        <translation>{count} réunion(s) · taux de présence moyen {turnout}</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>Rétablir la réunion</translation>
    </message>
    <message>
        <source>Cancel the meeting of {date}? A cancelled meeting counts for nobody.</source>
        <translation>Annuler la réunion du {date} ? Une réunion annulée ne compte pour personne.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete the meeting of {date}? This cannot be undone.</source>
        <translation>Supprimer la réunion du {date} ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>MemberCharter</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed on {date}</source>
        <translation>clos le {date}</translation>
    </message>
    <message>
        <source>last step: {step} ({date})</source>
        <translation>dernière étape : {step} ({date})</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>pas encore de décision</translation>
    </message>
    <message>
        <source>{date} – {point} – &lt;b&gt;{state}&lt;/b&gt; – {step}&lt;br&gt;&lt;span style='color: #555;'&gt;{facts}&lt;/span&gt;</source>
        <translation>{date} – {point} – &lt;b&gt;{state}&lt;/b&gt; – {step}&lt;br&gt;&lt;span style='color: #555;'&gt;{facts}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>MemberCharterBox</name>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Enregistrer la signature…</translation>
    </message>
    <message>
        <source>Record warning…</source>
        <translation>Enregistrer un avertissement…</translation>
    </message>
    <message>
        <source>Charter: no version adopted yet</source>
        <translation>Charte : aucune version adoptée pour l'instant</translation>
    </message>
    <message>
        <source>Charter: signed version {version} on {date}</source>
        <translation>Charte : version {version} signée le {date}</translation>
    </message>
    <message>
        <source>Charter: version {version} not signed</source>
        <translation>Charte : version {version} non signée</translation>
    </message>
    <message>
        <source>(signed earlier: version {versions})</source>
        <translation>(signée auparavant : version {versions})</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>Aucun avertissement.</translation>
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
        <source>e.g. {phone}</source>
        <translation>ex. : {phone}</translation>
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
        <source>Print record</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The member's record as a PDF, on the Reports page</source>
        <translation>La fiche du membre en PDF, dans la page Rapports</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Figures over the period</source>
        <translation>Chiffres sur la période</translation>
    </message>
    <message>
        <source>Meetings expected</source>
        <translation>Réunions attendues</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Absences non excusées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Longest run of absences</source>
        <translation>Plus longue série d’absences</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Last presence</source>
        <translation>Dernière présence</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non pointé</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Given to members (internal)</source>
        <translation>Données à des membres (internes)</translation>
    </message>
    <message>
        <source>Given to non-members (external)</source>
        <translation>Données à des non-membres (externes)</translation>
    </message>
    <message>
        <source>Given in all</source>
        <translation>Données au total</translation>
    </message>
    <message>
        <source>Received from members</source>
        <translation>Reçues de membres</translation>
    </message>
    <message>
        <source>Closed business (excluding tax)</source>
        <translation>Affaires conclues (HT)</translation>
    </message>
    <message>
        <source>Received: business closed by this member</source>
        <translation>Reçues : affaires conclues par ce membre</translation>
    </message>
    <message>
        <source>Generated for others: closed thanks to their referrals</source>
        <translation>Générées pour d’autres : conclues grâce à ses recommandations</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Meetings expected over the period, latest first:</source>
        <translation>Réunions attendues sur la période, les plus récentes en premier :</translation>
    </message>
    <message>
        <source>No held meeting expected this member over the period.</source>
        <translation>Aucune réunion tenue n’attendait ce membre sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} (%n deal(s))</source>
        <translation>
            <numerusform>{amount} (%n affaire)</numerusform>
            <numerusform>{amount} (%n affaires)</numerusform>
        </translation>
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
        <translation>Statut actuel : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{date}: {status} – {reason}</source>
        <translation>{date} : {status} – {reason}</translation>
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
        <translation>{name} ({company}), membre n° {number}, semble être la même personne : {reason}.</translation>
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
        <source>The report shows the record as saved. Close the record without saving your changes?</source>
        <translation>Le rapport montre la fiche telle qu'elle est enregistrée. Fermer la fiche sans enregistrer vos modifications ?</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Delete {name}? Only a member entered by mistake can be deleted.</source>
        <translation>Supprimer {name} ? Seul un membre saisi par erreur peut être supprimé.</translation>
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <source>Name, company or number</source>
        <translation>Nom, société ou numéro</translation>
    </message>
</context>
<context>
    <name>MemberPrivacyTab</name>
    <message>
        <source>Consents (law 09-08)</source>
        <translation>Consentements (loi 09-08)</translation>
    </message>
    <message>
        <source>Change them in the Record tab, with the date the member gave them.</source>
        <translation>Modifiez-les dans l’onglet Fiche, avec la date à laquelle le membre les a donnés.</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Export this member's data (PDF or JSON)…</source>
        <translation>Exporter les données de ce membre (PDF ou JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about the member in one file: record, status history, attendance, referrals, business, one-to-ones, presentations, guests, charter signatures, warnings and this audit trail.</source>
        <translation>Tout ce qui est enregistré sur le membre dans un seul fichier : fiche, historique des statuts, présences, recommandations, affaires, tête-à-tête, présentations, invités, signatures de la charte, avertissements et ce journal.</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>Audit trail: who created or changed this record, and when</source>
        <translation>Journal : qui a créé ou modifié cette fiche, et quand</translation>
    </message>
    <message>
        <source>Processing of their data</source>
        <translation>Traitement de ses données</translation>
    </message>
    <message>
        <source>Appearing in the directory</source>
        <translation>Présence dans l’annuaire</translation>
    </message>
    <message>
        <source>{what}: not given</source>
        <translation>{what} : consentement non donné</translation>
    </message>
    <message>
        <source>{what}: given on {date}</source>
        <translation>{what} : consentement donné le {date}</translation>
    </message>
    <message>
        <source>This member was anonymised on {date}: their identity is no longer stored.</source>
        <translation>Ce membre a été anonymisé le {date} : son identité n’est plus conservée.</translation>
    </message>
    <message>
        <source>Only a member who left the club (resigned or excluded) can be anonymised, after the retention period ({months} months).</source>
        <translation>Seul un membre qui a quitté le club (démissionnaire ou exclu) peut être anonymisé, après la durée de conservation ({months} mois).</translation>
    </message>
    <message>
        <source>Left the club on {left}; the retention period ({months} months) is over. Anonymising removes their identity for good and keeps their figures in the club's statistics.</source>
        <translation>A quitté le club le {left} ; la durée de conservation ({months} mois) est écoulée. L’anonymisation supprime définitivement son identité et garde ses chiffres dans les statistiques du club.</translation>
    </message>
    <message>
        <source>Left the club on {left}; the data is kept for {months} months, so it can be anonymised from {from_date}.</source>
        <translation>A quitté le club le {left} ; les données sont conservées {months} mois, l’anonymisation est donc possible à partir du {from_date}.</translation>
    </message>
    <message>
        <source>Export this member's data</source>
        <translation>Exporter les données de ce membre</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON file (*.json)</source>
        <translation>Document PDF (*.pdf);;Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Écrit dans {path}</translation>
    </message>
    <message>
        <source>Anonymise a member</source>
        <translation>Anonymiser un membre</translation>
    </message>
    <message>
        <source>Anonymise {name} (member {number})? Their name, contact details and notes are removed for good; their attendance, referrals and business stay in the statistics. This cannot be undone.</source>
        <translation>Anonymiser {name} (membre {number}) ? Son nom, ses coordonnées et ses notes seront supprimés définitivement ; ses présences, recommandations et affaires restent dans les statistiques. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search: name, company, sector, phone, e-mail… (Ctrl+F)</source>
        <translation>Rechercher : nom, société, secteur, téléphone, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>plus de </translation>
    </message>
    <message>
        <source>Show only the members with more than this number of unexcused absences over the last 6 months (0: everyone)</source>
        <translation>Afficher uniquement les membres ayant plus de ce nombre d’absences non excusées sur les 6 derniers mois (0 : tous)</translation>
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
        <source>No member matches “{text}”</source>
        <translation>Aucun membre ne correspond à « {text} »</translation>
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
        <source>Unexcused absences (6 months)</source>
        <translation>Absences non excusées (6 mois)</translation>
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
        <source>Charter not signed</source>
        <translation>Charte non signée</translation>
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
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Give nothing</source>
        <translation>Ne donnent rien</translation>
    </message>
    <message>
        <source>Receive nothing</source>
        <translation>Ne reçoivent rien</translation>
    </message>
    <message>
        <source>Closed business by month</source>
        <translation>Affaires conclues par mois</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Par antenne</translation>
    </message>
    <message>
        <source>Top givers</source>
        <translation>Meilleurs donneurs</translation>
    </message>
    <message>
        <source>Record a presentation…</source>
        <translation>Enregistrer une présentation…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Chapter network</source>
        <translation>Réseau de l’antenne</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Record a one-to-one…</source>
        <translation>Enregistrer un tête-à-tête…</translation>
    </message>
    <message>
        <source>{count} presentations over the period</source>
        <translation>{count} présentation(s) sur la période</translation>
    </message>
    <message>
        <source>Delete the presentation of {member} on {date}?</source>
        <translation>Supprimer la présentation de {member} du {date} ?</translation>
    </message>
    <message numerus="yes">
        <source>%n one-to-ones over the period</source>
        <translation>
            <numerusform>%n tête-à-tête sur la période</numerusform>
            <numerusform>%n tête-à-tête sur la période</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the one-to-one of {a} and {b} on {date}?</source>
        <translation>Supprimer le tête-à-tête de {a} et {b} du {date} ?</translation>
    </message>
    <message>
        <source>Give nothing ({count})</source>
        <translation>Ne donnent rien ({count})</translation>
    </message>
    <message>
        <source>Receive nothing ({count})</source>
        <translation>Ne reçoivent rien ({count})</translation>
    </message>
    <message>
        <source>{referrals} referrals, of which {share} to non-members – {closed} closed business dated in the period, worth {amount}</source>
        <translation>{referrals} recommandation(s), dont {share} vers des non-membres – {closed} affaire(s) conclue(s) datée(s) de la période, pour {amount}</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Recent connections…</source>
        <translation>Connexions récentes…</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>The club's shared database on a server (PostgreSQL)</source>
        <translation>La base partagée du club sur un serveur (PostgreSQL)</translation>
    </message>
    <message>
        <source>Cercle database file (.db)</source>
        <translation>Fichier de base Cercle (.db)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>name or address of the server</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>asked each time, never saved</source>
        <translation>demandé à chaque fois, jamais enregistré</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Limit to the chapter</source>
        <translation>Limiter à l'antenne</translation>
    </message>
    <message>
        <source>An antenna's secretary sees every member but changes only the meetings and attendance of her chapter. Leave empty for the national secretariat.</source>
        <translation>La secrétaire d'une antenne voit tous les membres mais ne modifie que les réunions et les présences de son antenne. Laissez vide pour le secrétariat national.</translation>
    </message>
    <message>
        <source>Open a Cercle database</source>
        <translation>Ouvrir une base de données Cercle</translation>
    </message>
    <message>
        <source>Cercle databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Cercle (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Choisissez un fichier de base de données.</translation>
    </message>
    <message>
        <source>Give the server and the name of the database.</source>
        <translation>Indiquez le serveur et le nom de la base de données.</translation>
    </message>
    <message>
        <source>The database could not be opened: {error}</source>
        <translation>La base de données n’a pas pu être ouverte : {error}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>The last 6 months, up to today</source>
        <translation>Les 6 derniers mois, jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>The last 12 months, up to today</source>
        <translation>Les 12 derniers mois, jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>From 1 January to today</source>
        <translation>Du 1er janvier à aujourd’hui</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
</context>
<context>
    <name>PresentationForm</name>
    <message>
        <source>What the member presented (optional)</source>
        <translation>Ce que le membre a présenté (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>Ré&amp;union</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Aucune réunion</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Only a member who left the club (resigned or excluded) can be anonymised.</source>
        <translation>Seul un membre qui a quitté le club (démissionnaire ou exclu) peut être anonymisé.</translation>
    </message>
    <message>
        <source>This member left on {left}: the data is kept for {months} months, so it can be anonymised from {from_date}.</source>
        <translation>Ce membre est parti le {left} : ses données sont conservées {months} mois, il pourra donc être anonymisé à partir du {from_date}.</translation>
    </message>
    <message>
        <source>This member was already anonymised on {date}.</source>
        <translation>Ce membre a déjà été anonymisé le {date}.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Member {number} – {name}</source>
        <translation>Membre {number} – {name}</translation>
    </message>
    <message>
        <source>Everything the club's secretariat stores about this member on {date} (right of access, Moroccan law 09-08 on the protection of personal data).</source>
        <translation>Tout ce que le secrétariat du club conserve sur ce membre au {date} (droit d’accès, loi marocaine 09-08 relative à la protection des données à caractère personnel).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Member record</source>
        <translation>Fiche membre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .json: {path}</source>
        <translation>Choisissez un nom de fichier se terminant par .pdf ou .json : {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisé le</translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>Record last changed on</source>
        <translation>Fiche modifiée le</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>Motif ou remplaçant</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Donnée ou reçue</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>Amount (MAD excl. tax)</source>
        <translation>Montant (MAD HT)</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Guests invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Charter signatures</source>
        <translation>Signatures de la charte</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Point de la charte</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Contact records</source>
        <translation>Fiches de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
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
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Changement de consentement</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Export des données</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Appears in the printed directory, with their consent</source>
        <translation>Figure dans l’annuaire imprimé, avec son consentement</translation>
    </message>
    <message>
        <source>The printed directory lists a member only with a consent to appear in it, and its date</source>
        <translation>L’annuaire imprimé ne liste un membre qu’avec son consentement à y figurer, et sa date</translation>
    </message>
    <message>
        <source>Consents to the processing of their data</source>
        <translation>Consent au traitement de ses données</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
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
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Joined on</source>
        <translation>Date d’adhésion</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Rôle dans le club</translation>
    </message>
    <message>
        <source>Consent to data processing given on</source>
        <translation>Consentement au traitement des données donné le</translation>
    </message>
    <message>
        <source>Consent to appear in the directory given on</source>
        <translation>Consentement à figurer dans l’annuaire donné le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <source>&amp;Closed business</source>
        <translation>&amp;Affaire conclue</translation>
    </message>
    <message>
        <source>&amp;One-to-one</source>
        <translation>&amp;Tête-à-tête</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>Pré&amp;sentation</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>To a &amp;non-member</source>
        <translation>Vers un &amp;non-membre</translation>
    </message>
    <message>
        <source>Name or company of the non-member</source>
        <translation>Nom ou société du non-membre</translation>
    </message>
    <message>
        <source>Contact of the directory (optional)</source>
        <translation>Contact de l’annuaire (facultatif)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Donneur</translation>
    </message>
    <message>
        <source>R&amp;eceiver</source>
        <translation>Rec&amp;eveur</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non-membre</translation>
    </message>
    <message>
        <source>Pro&amp;spect</source>
        <translation>Pr&amp;ospect</translation>
    </message>
    <message>
        <source>Ne&amp;ed</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>Tem&amp;pérature</translation>
    </message>
    <message>
        <source>Amount in MAD excluding tax, e.g. 25 000</source>
        <translation>Montant en MAD HT, par ex. 25 000</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Affaire récurrente</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Sans recommandation</translation>
    </message>
    <message>
        <source>Closed &amp;by</source>
        <translation>Conclue &amp;par</translation>
    </message>
    <message>
        <source>&amp;Thanks to</source>
        <translation>&amp;Grâce à</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>From referral</source>
        <translation>Recommandation d’origine</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>A&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Referral recorded: {giver} to {receiver}.</source>
        <translation>Recommandation enregistrée : de {giver} à {receiver}.</translation>
    </message>
    <message>
        <source>Closed business recorded: {amount} for {receiver}.</source>
        <translation>Affaire conclue enregistrée : {amount} pour {receiver}.</translation>
    </message>
    <message>
        <source>{amount} is over 100 million MAD. Record it anyway?</source>
        <translation>{amount} dépasse 100 millions de MAD. L’enregistrer quand même ?</translation>
    </message>
    <message>
        <source>One-to-one recorded: {a} and {b}.</source>
        <translation>Tête-à-tête enregistré : {a} et {b}.</translation>
    </message>
    <message>
        <source>Presentation recorded: {member}, {date}.</source>
        <translation>Présentation enregistrée : {member}, {date}.</translation>
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
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {date}</source>
        <translation>Recommandation du {date}</translation>
    </message>
    <message>
        <source>To a &amp;non-member</source>
        <translation>Vers un &amp;non-membre</translation>
    </message>
    <message>
        <source>Name or company of the non-member</source>
        <translation>Nom ou société du non-membre</translation>
    </message>
    <message>
        <source>Contact of the directory (optional)</source>
        <translation>Contact de l’annuaire (facultatif)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Conclue par</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>New or repeat</source>
        <translation>Nouvelle ou récurrente</translation>
    </message>
    <message>
        <source>Closed business from this referral</source>
        <translation>Affaires conclues grâce à cette recommandation</translation>
    </message>
    <message>
        <source>No closed business from this referral yet.</source>
        <translation>Aucune affaire conclue grâce à cette recommandation pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Donneur</translation>
    </message>
    <message>
        <source>R&amp;eceiver</source>
        <translation>Rec&amp;eveur</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non-membre</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>Ne&amp;ed</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>Te&amp;mpérature</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Affaire récurrente</translation>
    </message>
    <message>
        <source>Closed business from this referral ({count})</source>
        <translation>Affaires conclues grâce à cette recommandation ({count})</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Internal and external</source>
        <translation>Internes et externes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search: name, prospect, need…</source>
        <translation>Rechercher : nom, prospect, besoin…</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Enter the referrals, closed business and one-to-ones of a meeting (Ctrl+E)</source>
        <translation>Saisir les recommandations, affaires conclues et tête-à-tête d’une réunion (Ctrl+E)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer de statut</translation>
    </message>
    <message>
        <source>Delete the referral of {date} from {giver} to {receiver}?</source>
        <translation>Supprimer la recommandation du {date} de {giver} à {receiver} ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This referral led to {count} closed business worth {amount}. What should happen to it?</source>
        <translation>Cette recommandation a abouti à {count} affaire(s) conclue(s) pour {amount}. Que faut-il en faire ?</translation>
    </message>
    <message>
        <source>Keep it, without the referral</source>
        <translation>Conserver les affaires, sans la recommandation</translation>
    </message>
    <message>
        <source>Delete it too</source>
        <translation>Supprimer aussi les affaires</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct the selected referral (Enter or double-click)</source>
        <translation>Corriger la recommandation sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Presentation…</source>
        <translation>Présentation…</translation>
    </message>
    <message>
        <source>Record a member presenting their activity at a meeting</source>
        <translation>Enregistrer la présentation d’activité d’un membre en réunion</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No referral matches “{text}”</source>
        <translation>Aucune recommandation ne correspond à « {text} »</translation>
    </message>
    <message>
        <source>{count} referrals, {external} to non-members ({share}) – closed on these referrals: {amount}</source>
        <translation>{count} recommandation(s), dont {external} vers des non-membres ({share}) – affaires conclues sur ces recommandations : {amount}</translation>
    </message>
    <message>
        <source>New status, dated today:</source>
        <translation>Nouveau statut, daté d’aujourd’hui :</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Choose a file name ending in .pdf: {path}</source>
        <translation>Choisissez un nom de fichier se terminant par .pdf : {path}</translation>
    </message>
    <message>
        <source>{path}: {pages} pages</source>
        <translation>{path} : {pages} pages</translation>
    </message>
    <message>
        <source>{path}: {pages} page</source>
        <translation>{path} : {pages} page</translation>
    </message>
    <message>
        <source>Unknown report: {name}. Choose one of: {names}.</source>
        <translation>Rapport inconnu : {name}. Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>The end of the period ({end}) is before its start ({start}).</source>
        <translation>La fin de la période ({end}) est avant son début ({start}).</translation>
    </message>
    <message>
        <source>Choose the meeting for this report.</source>
        <translation>Choisissez la réunion de ce rapport.</translation>
    </message>
    <message>
        <source>Choose the member (number) for this report.</source>
        <translation>Choisissez le membre (numéro) de ce rapport.</translation>
    </message>
    <message>
        <source>There is no meeting number {id}.</source>
        <translation>Il n’y a pas de réunion numéro {id}.</translation>
    </message>
    <message>
        <source>There is no member number {number}.</source>
        <translation>Il n’y a pas de membre numéro {number}.</translation>
    </message>
    <message>
        <source>There is no chapter number {id}.</source>
        <translation>Il n’y a pas d’antenne numéro {id}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>Annuaire des membres</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Referrals and closed business</source>
        <translation>Recommandations et affaires conclues</translation>
    </message>
    <message>
        <source>Charter compliance</source>
        <translation>Respect de la charte</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Bilan pour le bureau</translation>
    </message>
    <message>
        <source>Member record</source>
        <translation>Fiche membre</translation>
    </message>
    <message>
        <source>Member badges</source>
        <translation>Badges des membres</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation>Entreprise et fonction</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Secteur non renseigné</translation>
    </message>
    <message>
        <source>{listed} members in the directory.</source>
        <translation>{listed} membres dans l’annuaire.</translation>
    </message>
    <message>
        <source>{listed} member in the directory.</source>
        <translation>{listed} membre dans l’annuaire.</translation>
    </message>
    <message>
        <source>{count} active members are left out: no consent to appear in it is recorded.</source>
        <translation>{count} membres actifs n’y figurent pas : aucun consentement à y figurer n’est enregistré.</translation>
    </message>
    <message>
        <source>{count} active member is left out: no consent to appear in it is recorded.</source>
        <translation>{count} membre actif n’y figure pas : aucun consentement à y figurer n’est enregistré.</translation>
    </message>
    <message>
        <source>Mob. {phone}</source>
        <translation>Port. {phone}</translation>
    </message>
    <message>
        <source>Off. {phone}</source>
        <translation>Bur. {phone}</translation>
    </message>
    <message>
        <source>{count} badges. Cut along the dotted lines.</source>
        <translation>{count} badges. Découper en suivant les pointillés.</translation>
    </message>
    <message>
        <source>{count} badge. Cut along the dotted lines.</source>
        <translation>{count} badge. Découper en suivant les pointillés.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Recommandations données</translation>
    </message>
    <message>
        <source>Share to non-members</source>
        <translation>Part vers des non-membres</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Montant conclu</translation>
    </message>
    <message>
        <source>Closed business (MAD)</source>
        <translation>Montant conclu (MAD)</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Members in green</source>
        <translation>Membres au vert</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Active members and lights on {date}; every other figure over the period.</source>
        <translation>Membres actifs et feux au {date} ; tous les autres chiffres sur la période.</translation>
    </message>
    <message>
        <source>Version {version} adopted on {date}</source>
        <translation>Version {version} adoptée le {date}</translation>
    </message>
    <message>
        <source>No charter has been adopted yet: adopt one in the charter settings.</source>
        <translation>Aucune charte n’a encore été adoptée : adoptez-en une dans les paramètres de la charte.</translation>
    </message>
    <message>
        <source>I, the undersigned, declare that I have read the charter of {club} (version {version}) and undertake to respect it.</source>
        <translation>Je soussigné(e) déclare avoir pris connaissance de la charte du club « {club} » (version {version}) et m’engage à la respecter.</translation>
    </message>
    <message>
        <source>I, the undersigned, declare that I have read the club's charter (version {version}) and undertake to respect it.</source>
        <translation>Je soussigné(e) déclare avoir pris connaissance de la charte du club (version {version}) et m’engage à la respecter.</translation>
    </message>
    <message>
        <source>the club</source>
        <translation>le club</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Fait à</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>The member's signature, preceded by “read and approved”</source>
        <translation>Signature du membre, précédée de la mention « lu et approuvé »</translation>
    </message>
    <message>
        <source>For the club: the President</source>
        <translation>Pour le club : le Président</translation>
    </message>
    <message>
        <source>Personal data (law 09-08)</source>
        <translation>Données personnelles (loi 09-08)</translation>
    </message>
    <message>
        <source>The information on this form is processed by {club} to manage its members: registry, meetings and attendance, business passed between members, and the member directory. It is kept while you are a member and, after you leave, for the retention period the club has set, then anonymised. In accordance with law 09-08 on the protection of individuals with regard to the processing of personal data, you have a right of access, rectification and opposition, which you can exercise with the club's secretariat.</source>
        <translation>Les informations recueillies sur ce formulaire sont traitées par {club} pour la gestion de ses membres : registre, réunions et présences, affaires transmises entre membres et annuaire des membres. Elles sont conservées pendant l’adhésion puis, après le départ, pendant la durée fixée par le club, avant d’être anonymisées. Conformément à la loi 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel, vous disposez d’un droit d’accès, de rectification et d’opposition, que vous pouvez exercer auprès du secrétariat du club.</translation>
    </message>
    <message>
        <source>I agree to the processing of my personal data for the management of the club.</source>
        <translation>J’accepte le traitement de mes données personnelles pour la gestion du club.</translation>
    </message>
    <message>
        <source>I agree to appear in the member directory (name, company, phones, e-mail).</source>
        <translation>J’accepte de figurer dans l’annuaire des membres (nom, société, téléphones, e-mail).</translation>
    </message>
    <message>
        <source>Active members at the end of each month</source>
        <translation>Membres actifs en fin de mois</translation>
    </message>
    <message>
        <source>Joined: {joined} · Left: {left}</source>
        <translation>Entrées : {joined} · Sorties : {left}</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Taux de présence par mois</translation>
    </message>
    <message>
        <source>Referrals given by month</source>
        <translation>Recommandations données par mois</translation>
    </message>
    <message>
        <source>Closed business by month (MAD)</source>
        <translation>Affaires conclues par mois (MAD)</translation>
    </message>
    <message>
        <source>Referrals by chapter</source>
        <translation>Recommandations par antenne</translation>
    </message>
    <message>
        <source>Closed business by chapter (MAD)</source>
        <translation>Affaires conclues par antenne (MAD)</translation>
    </message>
    <message>
        <source>Compliance lights on {date}</source>
        <translation>Feux de conformité au {date}</translation>
    </message>
    <message>
        <source>Turnout by meeting</source>
        <translation>Taux de présence par réunion</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>Aucune donnée pour cette période.</translation>
    </message>
    <message>
        <source>On {date} — {scope}</source>
        <translation>Au {date} — {scope}</translation>
    </message>
    <message>
        <source>Total out of 100 over the {months} months to {date}: green from {green}, orange from {orange}, red from {red}, grey below; members who joined less than {new} months ago are new and not scored. Each criterion shows the value, then the points over the maximum.</source>
        <translation>Total sur 100 sur les {months} mois jusqu’au {date} : vert à partir de {green}, orange à partir de {orange}, rouge à partir de {red}, gris en dessous ; les membres entrés depuis moins de {new} mois sont nouveaux et non notés. Chaque critère indique la valeur, puis les points sur le maximum.</translation>
    </message>
    <message>
        <source>Needing the board's attention ({count})</source>
        <translation>À l’attention du bureau ({count})</translation>
    </message>
    <message>
        <source>Open warnings ({count})</source>
        <translation>Avertissements en cours ({count})</translation>
    </message>
    <message>
        <source>No member needs the board's attention on this date.</source>
        <translation>Aucun membre ne requiert l’attention du bureau à cette date.</translation>
    </message>
    <message>
        <source>No warning is open on this date.</source>
        <translation>Aucun avertissement en cours à cette date.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Point de la charte</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>{step} on {date}</source>
        <translation>{step} le {date}</translation>
    </message>
    <message>
        <source>Members expected ({count})</source>
        <translation>Membres attendus ({count})</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} du {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>(guest chapter: {chapter})</source>
        <translation>(antenne d’origine : {chapter})</translation>
    </message>
    <message>
        <source>Please sign next to your name on arrival. Guests: write your details on a free line.</source>
        <translation>Merci de signer en face de votre nom à l’arrivée. Invités : inscrivez vos coordonnées sur une ligne libre.</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Réunion annulée</translation>
    </message>
    <message>
        <source>No. {number} — {period}</source>
        <translation>N° {number} — {period}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Charter and warnings</source>
        <translation>Charte et avertissements</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
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
        <source>Role in the club</source>
        <translation>Rôle au club</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis le</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Dans l’annuaire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <source>Meetings expected</source>
        <translation>Réunions attendues</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Absences non excusées</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Excuse or substitute</source>
        <translation>Excuse ou remplaçant</translation>
    </message>
    <message>
        <source>Given to members</source>
        <translation>Données à des membres</translation>
    </message>
    <message>
        <source>Given outside</source>
        <translation>Données à l’extérieur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Closed (amount)</source>
        <translation>Conclues (montant)</translation>
    </message>
    <message>
        <source>Generated for others</source>
        <translation>Générées pour d’autres</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>{count} affaires</translation>
    </message>
    <message>
        <source>{count} deal</source>
        <translation>{count} affaire</translation>
    </message>
    <message>
        <source>On {date}: {light}, total {total} / 100</source>
        <translation>Au {date} : {light}, total {total} / 100</translation>
    </message>
    <message>
        <source>On {date}: not scored (not an active member).</source>
        <translation>Au {date} : non noté (pas membre actif).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Charter version {version} signed on {date}.</source>
        <translation>Charte version {version} signée le {date}.</translation>
    </message>
    <message>
        <source>The current charter (version {version}) is not signed yet.</source>
        <translation>La charte en vigueur (version {version}) n’est pas encore signée.</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clos le {date}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Personal data of a member</source>
        <translation>Données personnelles d’un membre</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Substit.</source>
        <translation>Rempl.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non saisi</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Non excusées</translation>
    </message>
    <message>
        <source>Unexcused, {months} months</source>
        <translation>Non excusées sur {months} mois</translation>
    </message>
    <message>
        <source>Unexcused, {months} month</source>
        <translation>Non excusées sur {months} mois</translation>
    </message>
    <message>
        <source>Total ({count} members)</source>
        <translation>Total ({count} membres)</translation>
    </message>
    <message>
        <source>Total ({count} member)</source>
        <translation>Total ({count} membre)</translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation>Membres attendus</translation>
    </message>
    <message>
        <source>Over the absence limit</source>
        <translation>Au-delà de la limite d’absences</translation>
    </message>
    <message>
        <source>Rate: meetings attended out of the meetings expected, excused absences left out. Highlighted: more than {cap} unexcused absences in the {months} months to {date}, the charter's limit.</source>
        <translation>Taux : réunions suivies sur les réunions attendues, absences excusées exclues. Surlignés : plus de {cap} absences non excusées sur les {months} mois jusqu’au {date}, la limite de la charte.</translation>
    </message>
    <message>
        <source>Unexcused: absences without an excuse, every {lates} late arrivals counting as one.</source>
        <translation>Non excusées : absences sans excuse, {lates} retards comptant pour une.</translation>
    </message>
    <message>
        <source>Whole-club meetings</source>
        <translation>Réunions de tout le club</translation>
    </message>
    <message>
        <source>Turnout of the meetings of {chapter}</source>
        <translation>Taux de présence aux réunions de {chapter}</translation>
    </message>
    <message>
        <source>Turnout by meeting: {kind}</source>
        <translation>Taux de présence par réunion : {kind}</translation>
    </message>
    <message>
        <source>In grey: {count} meeting whose sheet is incomplete (members not marked): {dates}.</source>
        <translation>En gris : {count} réunion dont la feuille est incomplète (membres non saisis) : {dates}.</translation>
    </message>
    <message>
        <source>In grey: {count} meetings whose sheet is incomplete (members not marked): {dates}.</source>
        <translation>En gris : {count} réunions dont la feuille est incomplète (membres non saisis) : {dates}.</translation>
    </message>
    <message>
        <source>To members</source>
        <translation>À des membres</translation>
    </message>
    <message>
        <source>To non-members</source>
        <translation>À des non-membres</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Par antenne</translation>
    </message>
    <message>
        <source>Top givers</source>
        <translation>Meilleurs donneurs</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>Par membre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>A referral counts for the chapter of the member who gave it; closed business for the chapter of the member who closed it. “Generated for others”: business closed by other members thanks to this member's referrals. Members active during the period, or with business in it, are listed.</source>
        <translation>Une recommandation compte pour l’antenne du membre qui l’a donnée ; une affaire conclue pour l’antenne du membre qui l’a conclue. « Générées pour d’autres » : affaires conclues par d’autres membres grâce aux recommandations de ce membre. Sont listés les membres actifs pendant la période ou ayant eu des affaires pendant celle-ci.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (suite)</translation>
    </message>
    <message>
        <source>Nothing to show for these choices.</source>
        <translation>Rien à afficher pour ces choix.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Members by chapter and sector with their contact details; members who asked not to appear in the directory are left out.</source>
        <translation>Les membres par antenne et par secteur avec leurs coordonnées ; les membres qui ont demandé à ne pas figurer dans l'annuaire en sont exclus.</translation>
    </message>
    <message>
        <source>The expected members of one meeting with a box to sign, and lines for guests.</source>
        <translation>Les membres attendus à une réunion avec une case pour signer, et des lignes pour les invités.</translation>
    </message>
    <message>
        <source>Each member's attendance over the period, by chapter, with the members over the absence limit.</source>
        <translation>La présence de chaque membre sur la période, par antenne, avec les membres au-delà de la limite d'absences.</translation>
    </message>
    <message>
        <source>Referrals and closed business over the period: totals, by chapter, by month and by member.</source>
        <translation>Recommandations et affaires conclues sur la période : totaux, par antenne, par mois et par membre.</translation>
    </message>
    <message>
        <source>Each member's charter light and criteria on a date, and the members who need the board's attention.</source>
        <translation>Le feu de la charte et les critères de chaque membre à une date, et les membres qui demandent l'attention du bureau.</translation>
    </message>
    <message>
        <source>The board pack: the key figures and charts of the period.</source>
        <translation>Le bilan du bureau : les chiffres clés et les graphiques de la période.</translation>
    </message>
    <message>
        <source>One member's details, attendance, business and compliance history.</source>
        <translation>Les coordonnées, la présence, les affaires et l'historique de conformité d'un membre.</translation>
    </message>
    <message>
        <source>Name badges with a QR code of the member number, 8 per A4 page.</source>
        <translation>Badges nominatifs avec un code QR du numéro de membre, 8 par page A4.</translation>
    </message>
    <message>
        <source>The current charter with a signature block for a new member.</source>
        <translation>La charte en vigueur avec un bloc de signature pour un nouveau membre.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate the report with these parameters (F5)</source>
        <translation>Générer le rapport avec ces paramètres (F5)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Pg préc.)</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Pg suiv.)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the report shown (Ctrl+P)</source>
        <translation>Imprimer le rapport affiché (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le rapport affiché dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Show whole pages instead of fitting the width</source>
        <translation>Afficher des pages entières au lieu d'ajuster à la largeur</translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then click Generate.</source>
        <translation>Choisissez un rapport et ses paramètres, puis cliquez sur Générer.</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Tout le club</translation>
    </message>
    <message>
        <source>The preview shows “{shown}”: click Generate for this report.</source>
        <translation>L'aperçu montre « {shown} » : cliquez sur Générer pour ce rapport.</translation>
    </message>
    <message>
        <source>The parameters changed: click Generate to update the report.</source>
        <translation>Les paramètres ont changé : cliquez sur Générer pour mettre le rapport à jour.</translation>
    </message>
    <message>
        <source>Generating “{title}”…</source>
        <translation>Génération de « {title} »…</translation>
    </message>
    <message>
        <source>The report was written but cannot be shown.</source>
        <translation>Le rapport a été écrit mais ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}</source>
        <translation>Le rapport n'a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The database &lt;b&gt;{database}&lt;/b&gt; will be replaced by the backup you choose. The backup is checked first, and the current database is itself backed up before it is replaced.</source>
        <translation>La base de données &lt;b&gt;{database}&lt;/b&gt; sera remplacée par la sauvegarde choisie. La sauvegarde est d’abord vérifiée, et la base actuelle est elle-même sauvegardée avant d’être remplacée.</translation>
    </message>
    <message>
        <source>No backup in {folder} yet.</source>
        <translation>Aucune sauvegarde dans {folder} pour l’instant.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Sauvegardes dans {folder} :</translation>
    </message>
    <message>
        <source>Cercle databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Cercle (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup {file}? Whatever was entered since that backup will be replaced (the current database is backed up first).</source>
        <translation>Remplacer la base de données par la sauvegarde {file} ? Tout ce qui a été saisi depuis cette sauvegarde sera remplacé (la base actuelle est sauvegardée d’abord).</translation>
    </message>
    <message>
        <source>The database was restored from {file}. The database it replaced was saved as {previous}.</source>
        <translation>La base de données a été restaurée depuis {file}. La base remplacée a été sauvegardée sous {previous}.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>This chapter</source>
        <translation>Cette antenne</translation>
    </message>
    <message>
        <source>This sector</source>
        <translation>Ce secteur</translation>
    </message>
    <message>
        <source>This setting of the club</source>
        <translation>Ce réglage du club</translation>
    </message>
    <message>
        <source>The charter</source>
        <translation>La charte</translation>
    </message>
    <message>
        <source>This warning</source>
        <translation>Cet avertissement</translation>
    </message>
    <message>
        <source>This member</source>
        <translation>Ce membre</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <source>This presentation</source>
        <translation>Cette présentation</translation>
    </message>
    <message>
        <source>This referral</source>
        <translation>Cette recommandation</translation>
    </message>
    <message>
        <source>This closed business</source>
        <translation>Cette affaire conclue</translation>
    </message>
    <message>
        <source>This one-to-one</source>
        <translation>Ce tête-à-tête</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>Ce contact</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Record a signature of the charter</source>
        <translation>Enregistrer une signature de la charte</translation>
    </message>
    <message>
        <source>Version {version}, adopted on {date}</source>
        <translation>Version {version}, adoptée le {date}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Version de la charte</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choisissez le membre.</translation>
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
    <name>Storage</name>
    <message>
        <source>The database {path} is in a folder synchronised by {service}. A synchronisation running while Cercle writes can damage it. Move the database to a folder of this computer only (keep the backups in the synchronised folder if you like).</source>
        <translation>La base de données {path} se trouve dans un dossier synchronisé par {service}. Une synchronisation pendant que Cercle écrit peut l’endommager. Déplacez la base dans un dossier propre à cet ordinateur (les sauvegardes peuvent rester dans le dossier synchronisé).</translation>
    </message>
    <message>
        <source>The database {path} is on a network share. Network folders do not lock the file reliably and can damage it. Move the database to a folder of this computer.</source>
        <translation>La base de données {path} se trouve sur un partage réseau. Les dossiers réseau ne verrouillent pas le fichier de façon fiable et peuvent l’endommager. Déplacez la base dans un dossier de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Substitute</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>Who came in the place of {name}?</source>
        <translation>Qui est venu à la place de {name} ?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>UnknownPage</name>
    <message>
        <source>Unknown chapters, sectors or meetings</source>
        <translation>Antennes, secteurs ou réunions inconnus</translation>
    </message>
    <message>
        <source>The file names some the database does not know: choose an existing one or let the import create it.</source>
        <translation>Le fichier en cite que la base ne connaît pas : choisissez-en un existant ou laissez l'import le créer.</translation>
    </message>
    <message>
        <source>Chapter “{name}”</source>
        <translation>Antenne « {name} »</translation>
    </message>
    <message>
        <source>Sector “{name}”</source>
        <translation>Secteur « {name} »</translation>
    </message>
    <message>
        <source>Create “{name}”</source>
        <translation>Créer « {name} »</translation>
    </message>
    <message>
        <source>No meeting is recorded on {dates}. The marks of these dates need one; otherwise go back and set those columns to “(ignore)”.</source>
        <translation>Aucune réunion n'est enregistrée le {dates}. Les présences de ces dates en ont besoin ; sinon revenez en arrière et mettez ces colonnes sur « (ignorer) ».</translation>
    </message>
    <message>
        <source>Create these meetings (held, weekly)</source>
        <translation>Créer ces réunions (tenues, hebdomadaires)</translation>
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
        <translation>Un ICE compte 15 chiffres ; celui-ci en a {length}.</translation>
    </message>
    <message>
        <source>An ICE is made of digits only.</source>
        <translation>Un ICE ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>This ICE is not valid: check its digits (the last two are a control key).</source>
        <translation>Cet ICE n’est pas valide : vérifiez ses chiffres (les deux derniers forment une clé de contrôle).</translation>
    </message>
    <message>
        <source>Enter a date between {earliest} and {latest}.</source>
        <translation>Saisissez une date entre le {earliest} et le {latest}.</translation>
    </message>
    <message>
        <source>Enter a time such as 7:30, 0730 or 19h.</source>
        <translation>Saisissez une heure comme 7:30, 0730 ou 19h.</translation>
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
        <translation>Cette date n’existe pas : {text}.</translation>
    </message>
    <message>
        <source>Enter an amount in dirhams, e.g. 1 234,50.</source>
        <translation>Saisissez un montant en dirhams, par ex. 1 234,50.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>A member cannot pass a referral to themselves.</source>
        <translation>Un membre ne peut pas se transmettre une recommandation à lui-même.</translation>
    </message>
    <message>
        <source>Choose two different members.</source>
        <translation>Choisissez deux membres différents.</translation>
    </message>
    <message>
        <source>Member {number} was not active on {date}.</source>
        <translation>Le membre n° {number} n’était pas actif le {date}.</translation>
    </message>
    <message>
        <source>Choose the member or the non-member who receives the referral.</source>
        <translation>Choisissez le membre ou le non-membre qui reçoit la recommandation.</translation>
    </message>
    <message>
        <source>A referral goes either to a member or to a non-member, not both.</source>
        <translation>Une recommandation va soit à un membre, soit à un non-membre, pas aux deux.</translation>
    </message>
    <message>
        <source>The status goes back from “{old}” to “{new}”: confirm to record it.</source>
        <translation>Le statut revient de « {old} » à « {new} » : confirmez pour l’enregistrer.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter an amount with at most 2 decimals, e.g. 1 234,50.</source>
        <translation>Saisissez un montant avec au plus 2 décimales, par ex. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount over {limit} MAD is unusual: check it, then confirm to record it.</source>
        <translation>Un montant supérieur à {limit} MAD est inhabituel : vérifiez-le, puis confirmez pour l’enregistrer.</translation>
    </message>
    <message>
        <source>The amount cannot exceed {limit} MAD.</source>
        <translation>Le montant ne peut pas dépasser {limit} MAD.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the referral itself.</source>
        <translation>Une étape ne peut pas être antérieure à la recommandation elle-même.</translation>
    </message>
    <message>
        <source>Enter a number of lates between 0 and 20 (0: lates never count).</source>
        <translation>Saisissez un nombre de retards entre 0 et 20 (0 : les retards ne comptent jamais).</translation>
    </message>
    <message>
        <source>Enter a grace period between 0 and 120 minutes.</source>
        <translation>Saisissez un délai de tolérance entre 0 et 120 minutes.</translation>
    </message>
    <message>
        <source>The series holds no meeting: check its first and last dates.</source>
        <translation>La série ne comporte aucune réunion : vérifiez ses dates de début et de fin.</translation>
    </message>
    <message>
        <source>A series holds at most {max} meetings; choose an earlier last date.</source>
        <translation>Une série comporte au plus {max} réunions ; choisissez une date de fin antérieure.</translation>
    </message>
    <message>
        <source>Enter the name of the person who came in the member's place.</source>
        <translation>Saisissez le nom de la personne venue à la place du membre.</translation>
    </message>
    <message>
        <source>Enter a member number, e.g. 1042.</source>
        <translation>Saisissez un numéro de membre, par ex. 1042.</translation>
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
        <source>No consent to the processing of their data (law 09-08): ask for it.</source>
        <translation>Sans consentement au traitement de ses données (loi 09-08) : demandez-le.</translation>
    </message>
    <message>
        <source>Choose a member of the club.</source>
        <translation>Choisissez un membre du club.</translation>
    </message>
    <message>
        <source>{name} is not expected at this meeting: add them as an expected member first.</source>
        <translation>{name} ne figure pas parmi les membres attendus à cette réunion : ajoutez d’abord ce membre à la liste des attendus.</translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>Cette recommandation n’existe pas.</translation>
    </message>
    <message>
        <source>This referral went to a non-member, not to a member of the club.</source>
        <translation>Cette recommandation a été transmise à un non-membre, pas à un membre du club.</translation>
    </message>
    <message>
        <source>This referral was passed to another member.</source>
        <translation>Cette recommandation a été transmise à un autre membre.</translation>
    </message>
    <message>
        <source>This referral was given by another member.</source>
        <translation>Cette recommandation a été donnée par un autre membre.</translation>
    </message>
    <message>
        <source>The business cannot be closed before the referral was passed.</source>
        <translation>L’affaire ne peut pas être conclue avant la transmission de la recommandation.</translation>
    </message>
    <message>
        <source>This meeting does not exist.</source>
        <translation>Cette réunion n’existe pas.</translation>
    </message>
    <message>
        <source>Enter the date of the presentation or choose its meeting.</source>
        <translation>Saisissez la date de la présentation ou choisissez la réunion concernée.</translation>
    </message>
    <message>
        <source>The meeting took place on another date.</source>
        <translation>La réunion a eu lieu à une autre date.</translation>
    </message>
    <message>
        <source>Enter the person's last name or the company.</source>
        <translation>Saisissez le nom de la personne ou la société.</translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation>Choisissez un secteur dans la liste.</translation>
    </message>
    <message>
        <source>This contact is already linked to member {number}.</source>
        <translation>Ce contact est déjà lié au membre n° {number}.</translation>
    </message>
    <message>
        <source>{name} is already recorded as a guest at this meeting.</source>
        <translation>{name} figure déjà parmi les invités de cette réunion.</translation>
    </message>
    <message>
        <source>Choose the member who invited this guest from the list.</source>
        <translation>Choisissez dans la liste le membre qui a invité cette personne.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for this meeting: its date, type and chapter can no longer change. Cancel it and plan another one instead.</source>
        <translation>Des présences sont déjà enregistrées pour cette réunion : sa date, son type et son antenne ne peuvent plus changer. Annulez-la et planifiez-en une autre.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Choisissez une antenne dans la liste.</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Choisissez le type de réunion.</translation>
    </message>
    <message>
        <source>Tick at least one date of the series.</source>
        <translation>Cochez au moins une date de la série.</translation>
    </message>
    <message>
        <source>{name} was not an active member on {date}.</source>
        <translation>{name} n’était pas membre actif le {date}.</translation>
    </message>
    <message>
        <source>{name} is already expected at this meeting.</source>
        <translation>{name} figure déjà parmi les membres attendus à cette réunion.</translation>
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
        <source>The join date cannot be after the member's first change of status ({date}).</source>
        <translation>La date d’adhésion ne peut pas être postérieure au premier changement de statut du membre ({date}).</translation>
    </message>
    <message>
        <source>The sponsor is not a member of the club.</source>
        <translation>Le parrain n’est pas membre du club.</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>« {name} » figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Choose a contact from the directory.</source>
        <translation>Choisissez un contact dans le répertoire.</translation>
    </message>
    <message>
        <source>Keep between {low} and {high} backups.</source>
        <translation>Conservez entre {low} et {high} sauvegardes.</translation>
    </message>
    <message>
        <source>Give the full path of the backup folder (for example C:\Users\…\Sauvegardes).</source>
        <translation>Indiquez le chemin complet du dossier des sauvegardes (par exemple C:\Users\…\Sauvegardes).</translation>
    </message>
    <message>
        <source>This folder path is too long or contains characters a folder name cannot have.</source>
        <translation>Ce chemin de dossier est trop long ou contient des caractères interdits dans un nom de dossier.</translation>
    </message>
    <message>
        <source>Give the version a name, e.g. 2.</source>
        <translation>Donnez un nom à la version, par exemple 2.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Saisissez la date.</translation>
    </message>
    <message>
        <source>Enter the text of the charter.</source>
        <translation>Saisissez le texte de la charte.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choisissez le membre.</translation>
    </message>
    <message>
        <source>Choose the charter point, from 1 to 5.</source>
        <translation>Choisissez le point de la charte, de 1 à 5.</translation>
    </message>
    <message>
        <source>Only point 3 has a brand part.</source>
        <translation>Seul le point 3 comporte un volet « marque ».</translation>
    </message>
    <message>
        <source>Describe the facts.</source>
        <translation>Décrivez les faits.</translation>
    </message>
    <message>
        <source>Choose the step the board decided.</source>
        <translation>Choisissez l'étape décidée par le bureau.</translation>
    </message>
    <message>
        <source>Say who decided, e.g. Bureau du 12/11/2026 — K. Alaoui.</source>
        <translation>Indiquez qui a décidé, par exemple Bureau du 12/11/2026 — K. Alaoui.</translation>
    </message>
    <message>
        <source>A decision cannot be dated before the warning ({date}).</source>
        <translation>Une décision ne peut pas être datée d'avant l'avertissement ({date}).</translation>
    </message>
    <message>
        <source>A warning cannot be closed before its own date ({date}).</source>
        <translation>Un avertissement ne peut pas être clos avant sa propre date ({date}).</translation>
    </message>
    <message>
        <source>This version was adopted on {date}; it cannot be signed before.</source>
        <translation>Cette version a été adoptée le {date} ; elle ne peut pas être signée avant.</translation>
    </message>
    <message>
        <source>Enter a window between 1 and 24 months.</source>
        <translation>Indiquez une fenêtre de 1 à 24 mois.</translation>
    </message>
    <message>
        <source>Enter a number of months for new members between 0 and the window ({window}).</source>
        <translation>Indiquez pour les nouveaux membres un nombre de mois entre 0 et la fenêtre ({window}).</translation>
    </message>
    <message>
        <source>Enter a number of absences between 0 and 100.</source>
        <translation>Indiquez un nombre d'absences entre 0 et 100.</translation>
    </message>
    <message>
        <source>The light thresholds must rise from red to orange to green, between 1 and 100.</source>
        <translation>Les seuils des feux doivent monter du rouge à l'orange puis au vert, entre 1 et 100.</translation>
    </message>
    <message>
        <source>{criterion}: each step must ask more than the next one and give more points.</source>
        <translation>{criterion} : chaque palier doit exiger plus que le suivant et rapporter plus de points.</translation>
    </message>
    <message>
        <source>{criterion}: thresholds must be between 0 and 1,000,000,000 and points between 0 and 100.</source>
        <translation>{criterion} : les seuils doivent être entre 0 et 1 000 000 000 et les points entre 0 et 100.</translation>
    </message>
    <message>
        <source>The best points of all criteria must add up to 100 (they add up to {total}).</source>
        <translation>Les meilleurs points de tous les critères doivent totaliser 100 (ils totalisent {total}).</translation>
    </message>
    <message>
        <source>The retention period is between {low} and {high} months.</source>
        <translation>La durée de conservation est comprise entre {low} et {high} mois.</translation>
    </message>
    <message>
        <source>A version named {version} already exists.</source>
        <translation>Une version nommée {version} existe déjà.</translation>
    </message>
    <message>
        <source>{name} already signed version {version} on {date}.</source>
        <translation>{name} a déjà signé la version {version} le {date}.</translation>
    </message>
    <message>
        <source>Only an exclusion decision changes the member's status to excluded.</source>
        <translation>Seule une décision d'exclusion fait passer le membre au statut exclu.</translation>
    </message>
    <message>
        <source>The warning cannot be dated after its first decision ({date}).</source>
        <translation>L'avertissement ne peut pas être daté d'après sa première décision ({date}).</translation>
    </message>
    <message>
        <source>The warning cannot be dated after it was closed ({date}).</source>
        <translation>L'avertissement ne peut pas être daté d'après sa clôture ({date}).</translation>
    </message>
    <message>
        <source>Unknown criterion: {key}.</source>
        <translation>Critère inconnu : {key}.</translation>
    </message>
    <message>
        <source>Enter a history between 1 and 60 months.</source>
        <translation>Indiquez un historique de 1 à 60 mois.</translation>
    </message>
    <message>
        <source>Choose an evaluation date between 1990 and 2100.</source>
        <translation>Choisissez une date d'évaluation entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>{date} is still to come: compliance is evaluated on a date already past, today at the latest.</source>
        <translation>Le {date} est encore à venir : la conformité s'évalue à une date passée, aujourd'hui au plus tard.</translation>
    </message>
    <message>
        <source>No member matches “{text}”: type a name, company or number and pick one in the list.</source>
        <translation>Aucun membre ne correspond à « {text} » : tapez un nom, une société ou un numéro et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>The club's name is too long ({max} characters at most).</source>
        <translation>Le nom du club est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>The address is too long ({max} characters at most).</source>
        <translation>L'adresse est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>{path} is not a PNG or JPEG image Cercle can read.</source>
        <translation>{path} n'est pas une image PNG ou JPEG que Cercle sait lire.</translation>
    </message>
    <message>
        <source>{path} is too large for a logo (20 MB at most).</source>
        <translation>{path} est trop volumineux pour un logo (20 Mo au plus).</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Record a warning</source>
        <translation>Enregistrer un avertissement</translation>
    </message>
    <message>
        <source>Correct the warning</source>
        <translation>Corriger l'avertissement</translation>
    </message>
    <message>
        <source>What happened, when, who saw it</source>
        <translation>Ce qui s'est passé, quand, qui en a été témoin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Point de la charte</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{member}&lt;/b&gt; ({chapter}) – {point}, {date}&lt;br&gt;{facts}</source>
        <translation>&lt;b&gt;{member}&lt;/b&gt; ({chapter}) – {point}, {date}&lt;br&gt;{facts}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cercle</source>
        <translation>Bienvenue dans Cercle</translation>
    </message>
    <message>
        <source>This database is still empty. Start with your member list: the meetings, attendance, referrals and reports build on it.</source>
        <translation>Cette base de données est encore vide. Commencez par la liste des membres : les réunions, les présences, les recommandations et les rapports s'appuient sur elle.</translation>
    </message>
    <message>
        <source>&amp;Import members from Excel</source>
        <translation>&amp;Importer les membres depuis Excel</translation>
    </message>
    <message>
        <source>Read your current list (.xlsx or .csv). You check every row before anything is saved.</source>
        <translation>Lire votre liste actuelle (.xlsx ou .csv). Vous vérifiez chaque ligne avant que rien ne soit enregistré.</translation>
    </message>
    <message>
        <source>&amp;Add the first member</source>
        <translation>Ajouter le premier &amp;membre</translation>
    </message>
    <message>
        <source>Type a member's record; you can import the others later.</source>
        <translation>Saisir la fiche d'un membre ; vous pourrez importer les autres ensuite.</translation>
    </message>
    <message>
        <source>&amp;Explore the demo club</source>
        <translation>&amp;Explorer le club de démonstration</translation>
    </message>
    <message>
        <source>A fictional club of 200 members with a year of meetings, in a separate file. Your own database stays empty and untouched; come back to it with File → My database.</source>
        <translation>Un club fictif de 200 membres avec une année de réunions, dans un fichier à part. Votre propre base de données reste vide et intacte ; revenez-y par Fichier → Ma base de données.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
</context>
</TS>