"""The names the demo club's members and contacts are drawn from."""

# (French spelling, Arabic script or None)
MALE_FIRST = (
    ("Youssef", "يوسف"), ("Mehdi", "مهدي"), ("Karim", "كريم"), ("Hicham", "هشام"),
    ("Omar", "عمر"), ("Rachid", "رشيد"), ("Anas", "أنس"), ("Hamza", "حمزة"), ("Amine", "أمين"),
    ("Said", "سعيد"), ("Nabil", "نبيل"), ("Adil", "عادل"), ("Driss", "إدريس"), ("Tarik", "طارق"),
    ("Khalid", "خالد"), ("Mohamed", "محمد"), ("Reda", "رضا"), ("Ilyas", "إلياس"),
    ("Julien", None), ("Thomas", None), ("Pierre", None), ("Nicolas", None), ("Éric", None),
    ("François", None), ("Jérôme", None), ("Stéphane", None),
)
FEMALE_FIRST = (
    ("Fatima Zahra", "فاطمة الزهراء"), ("Salma", "سلمى"), ("Nadia", "نادية"), ("Imane", "إيمان"),
    ("Meryem", "مريم"), ("Laila", "ليلى"), ("Houda", "هدى"), ("Khadija", "خديجة"),
    ("Samira", "سميرة"), ("Ghita", "غيثة"), ("Zineb", "زينب"), ("Asmae", "أسماء"), ("Sanae", "سناء"),
    ("Hélène", None), ("Camille", None), ("Sophie", None), ("Céline", None), ("Émilie", None),
    ("Isabelle", None), ("Aurélie", None),
)
LAST_NAMES = (
    ("El Amrani", "العمراني"), ("Benjelloun", "بنجلون"), ("Alaoui", "العلوي"), ("Tazi", "التازي"),
    ("Bennani", "بناني"), ("El Idrissi", "الإدريسي"), ("Berrada", "برادة"), ("Chraibi", "الشرايبي"),
    ("Lahlou", "لحلو"), ("Fassi Fihri", "الفاسي الفهري"), ("Kettani", "الكتاني"), ("Sqalli", "السقلي"),
    ("Ouazzani", "الوزاني"), ("Bouzidi", "البوزيدي"), ("Haddad", "الحداد"), ("Naciri", "الناصري"),
    ("El Mansouri", "المنصوري"), ("Zouaoui", "الزواوي"), ("Belkadi", "بلقاضي"), ("Raji", "الراجي"),
    ("Amrani Joutei", "العمراني الجوطي"), ("Sebti", "السبتي"), ("Guessous", "كسوس"),
    ("Lamrani", "اللمراني"), ("Ziani", "الزياني"), ("Mernissi", "المرنيسي"),
    ("Martin", None), ("Bernard", None), ("Dubois", None), ("Lefèvre", None), ("Moreau", None),
    ("Girard", None), ("Fournier", None), ("Mercier", None), ("Rousseau", None), ("Garnier", None),
)
