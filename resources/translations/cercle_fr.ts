<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
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
        <source>Check-in: scan a badge or type a member number, then Enter</source>
        <translation>Pointage : scannez un badge ou saisissez un numéro de membre, puis Entrée</translation>
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
        <source>Keys: P present · R late · A absent · E excused · S substituted · Del clear. Ctrl+click or Shift+arrows to select several members.</source>
        <translation>Touches : P présent · R retard · A absent · E excusé · S remplacé · Suppr effacer. Ctrl+clic ou Maj+flèches pour sélectionner plusieurs membres.</translation>
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
        <source>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked} · turnout {turnout}</source>
        <translation>Attendus {expected} · présents {present} · en retard {late} · absents {absent} · excusés {excused} · remplacés {substituted} · non pointés {unmarked} · taux de présence {turnout}</translation>
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
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>{shown} shown of {total} contacts</source>
        <translation>{shown} affichés sur {total} contacts</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
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
        <source>The folder of {path} does not exist.</source>
        <translation>Le dossier de {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Updating {path} failed; the copy made before the update is {backup}.</source>
        <translation>La mise à jour de {path} a échoué ; la copie faite avant la mise à jour est {backup}.</translation>
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
        <source>This meeting has not taken place yet: attendance is recorded on the day.</source>
        <translation>Cette réunion n’a pas encore eu lieu : les présences s’enregistrent le jour même.</translation>
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
    <name>GeneralTab</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
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
        <translation>&lt;b&gt;Cercle&lt;/b&gt; {version}&lt;br&gt;Le secrétariat du club : membres, réunions, recommandations, charte et rapports.&lt;br&gt;&lt;br&gt;Base de données : {database}&lt;br&gt;Schéma : {schema}</translation>
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
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
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
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
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
        <source>{count} presentations over the period</source>
        <translation>{count} présentation(s) sur la période</translation>
    </message>
    <message>
        <source>Delete the presentation of {member} on {date}?</source>
        <translation>Supprimer la présentation de {member} du {date} ?</translation>
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
        <source>{referrals} referrals, of which {share} to non-members – {closed} closed business worth {amount}</source>
        <translation>{referrals} recommandation(s), dont {share} vers des non-membres – {closed} affaire(s) conclue(s) pour {amount}</translation>
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
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
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
    <message>
        <source>{count} referrals, {external} to non-members ({share}) – closed business: {amount}</source>
        <translation>{count} recommandation(s), dont {external} vers des non-membres ({share}) – affaires conclues : {amount}</translation>
    </message>
    <message>
        <source>New status, dated today:</source>
        <translation>Nouveau statut, daté d’aujourd’hui :</translation>
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
</context>
</TS>