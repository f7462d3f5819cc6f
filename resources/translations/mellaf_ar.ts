<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsPlatform</name>
    <message>
        <source>this account id is already taken</source>
        <translation>معرّف الحساب هذا مستعمل من قبل</translation>
    </message>
    <message>
        <source>no payroll number recorded</source>
        <translation>لا يوجد رقم تأجير مسجل</translation>
    </message>
    <message>
        <source>this role is not allowed</source>
        <translation>هذه الصفة غير مسموح بها</translation>
    </message>
    <message>
        <source>only the responsible may do this</source>
        <translation>لا يقوم بهذا إلا المسؤول</translation>
    </message>
    <message>
        <source>the platform does not know this account</source>
        <translation>المنصة لا تعرف هذا الحساب</translation>
    </message>
    <message>
        <source>a detail is not in the right form</source>
        <translation>إحدى المعلومات ليست بالصيغة الصحيحة</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محيَّن</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Deleted at the platform</source>
        <translation>حُذف في المنصة</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>كلمة المرور الأولية</translation>
    </message>
    <message>
        <source>The platform issued this initial password. It is shown only now and is kept nowhere: copy it and hand it to the officer in person.</source>
        <translation>أصدرت المنصة كلمة المرور الأولية هذه. لا تُعرض إلا الآن ولا تُحفظ في أي مكان: انسخها وسلّمها إلى الموظف شخصيًا.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Platform: %1 account(s) added, %2 changed, %3 deleted there.</source>
        <translation>المنصة: أُضيف %1 حساب، وعُدّل %2، وحُذف %3 هناك.</translation>
    </message>
    <message>
        <source>New initial password</source>
        <translation>كلمة مرور أولية جديدة</translation>
    </message>
    <message>
        <source>Issue a new initial password for %1? The old one stops working.</source>
        <translation>إصدار كلمة مرور أولية جديدة للحساب %1؟ ستتوقف القديمة عن العمل.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>الدور الجديد للحساب %1:</translation>
    </message>
    <message>
        <source>The platform cannot be reached: the account change is kept and sent when it answers.</source>
        <translation>تعذّر الوصول إلى المنصة: حُفظ تعديل الحساب وسيُرسل عندما تستجيب.</translation>
    </message>
    <message>
        <source>Sign in to the platform again to send the account changes that wait.</source>
        <translation>سجّل الدخول إلى المنصة من جديد لإرسال تعديلات الحسابات المنتظرة.</translation>
    </message>
    <message numerus="yes">
        <source>The platform refused %n account change(s): see the accounts list.</source>
        <translation>
            <numerusform>لم ترفض المنصة أي تعديل: راجع قائمة الحسابات.</numerusform>
            <numerusform>رفضت المنصة تعديلًا واحدًا لحساب: راجع قائمة الحسابات.</numerusform>
            <numerusform>رفضت المنصة تعديلين للحسابات: راجع قائمة الحسابات.</numerusform>
            <numerusform>رفضت المنصة %n تعديلات للحسابات: راجع قائمة الحسابات.</numerusform>
            <numerusform>رفضت المنصة %n تعديلًا للحسابات: راجع قائمة الحسابات.</numerusform>
            <numerusform>رفضت المنصة %n تعديل للحسابات: راجع قائمة الحسابات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending account changes…</source>
        <translation>جارٍ إرسال تعديلات الحسابات…</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>مجمَّد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Dossiers lent to %1, %2 – %3</source>
        <translation>الملفات مفوّضة إلى %1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Holds the dossiers of %1, %2 – %3</source>
        <translation>يتولى ملفات %1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Accounts of your collectivity</source>
        <translation>حسابات جماعتكم</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Review against staff list…</source>
        <translation>مراجعة مع لائحة الموظفين…</translation>
    </message>
    <message>
        <source>Designation form…</source>
        <translation>استمارة التعيين…</translation>
    </message>
    <message>
        <source>Absence or departure…</source>
        <translation>غياب أو مغادرة…</translation>
    </message>
    <message>
        <source>Delegate the selected officer&apos;s dossiers for a period, or hand them over</source>
        <translation>تفويض ملفات الموظف المختار لمدة محددة، أو تسليمها</translation>
    </message>
    <message>
        <source>End delegation</source>
        <translation>إنهاء التفويض</translation>
    </message>
    <message>
        <source>Refresh from platform</source>
        <translation>تحديث من المنصة</translation>
    </message>
    <message>
        <source>New initial password</source>
        <translation>كلمة مرور أولية جديدة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Payroll number</source>
        <translation>رقم التأجير</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation>الملفات المفتوحة</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>التفويض</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Suspend the account %1?</source>
        <translation>إيقاف الحساب %1؟</translation>
    </message>
    <message>
        <source>Suspended by the responsible</source>
        <translation>أوقفه المسؤول</translation>
    </message>
    <message>
        <source>Delete the account %1? It can no longer sign in; its history stays.</source>
        <translation>حذف الحساب %1؟ لن يتمكن من الدخول بعد الآن، ويبقى سجله محفوظًا.</translation>
    </message>
    <message>
        <source>The delegation is recorded.</source>
        <translation>تم تسجيل التفويض.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over.</source>
        <translation>
            <numerusform>لم يُسلَّم أي ملف.</numerusform>
            <numerusform>سُلِّم ملف واحد.</numerusform>
            <numerusform>سُلِّم ملفان.</numerusform>
            <numerusform>سُلِّمت %n ملفات.</numerusform>
            <numerusform>سُلِّم %n ملفًا.</numerusform>
            <numerusform>سُلِّم %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the delegations given by %1 now?</source>
        <translation>إنهاء التفويضات التي منحها %1 الآن؟</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>لائحة الموظفين</translation>
    </message>
    <message>
        <source>Staff lists (*.csv *.xlsx)</source>
        <translation>لوائح الموظفين (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Every active account matches the staff list.</source>
        <translation>كل حساب نشط يطابق لائحة الموظفين.</translation>
    </message>
    <message>
        <source>Habilitation review</source>
        <translation>مراجعة التأهيلات</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have no tie to the staff list.</source>
        <translation>
            <numerusform>لا يوجد أي حساب بلا ارتباط بلائحة الموظفين.</numerusform>
            <numerusform>حساب واحد بلا ارتباط بلائحة الموظفين.</numerusform>
            <numerusform>حسابان بلا ارتباط بلائحة الموظفين.</numerusform>
            <numerusform>%n حسابات بلا ارتباط بلائحة الموظفين.</numerusform>
            <numerusform>%n حسابًا بلا ارتباط بلائحة الموظفين.</numerusform>
            <numerusform>%n حساب بلا ارتباط بلائحة الموظفين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze them</source>
        <translation>تجميدها</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) frozen.</source>
        <translation>
            <numerusform>لم يُجمَّد أي حساب.</numerusform>
            <numerusform>جُمِّد حساب واحد.</numerusform>
            <numerusform>جُمِّد حسابان.</numerusform>
            <numerusform>جُمِّدت %n حسابات.</numerusform>
            <numerusform>جُمِّد %n حسابًا.</numerusform>
            <numerusform>جُمِّد %n حساب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Designation form</source>
        <translation>استمارة التعيين</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Prefecture or province</source>
        <translation>العمالة أو الإقليم</translation>
    </message>
    <message>
        <source>Commune council</source>
        <translation>المجلس الجماعي</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>الهاتف المكتبي</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Local password (optional)</source>
        <translation>كلمة المرور المحلية (اختيارية)</translation>
    </message>
    <message>
        <source>Dossiers of an absent officer</source>
        <translation>ملفات موظف غائب</translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) of %1. Hand them over for good when the officer leaves or is transferred, or delegate them for the time of an absence.</source>
        <translation>
            <numerusform>لا ملف مفتوح لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
            <numerusform>ملف مفتوح واحد لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
            <numerusform>ملفان مفتوحان لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
            <numerusform>%n ملفات مفتوحة لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
            <numerusform>%n ملفًا مفتوحًا لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
            <numerusform>%n ملف مفتوح لدى %1. سلِّمها نهائيًا عند مغادرة الموظف أو انتقاله، أو فوِّضها طيلة مدة غيابه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over all open dossiers now (transfer or departure)</source>
        <translation>تسليم جميع الملفات المفتوحة الآن (انتقال أو مغادرة)</translation>
    </message>
    <message>
        <source>Delegate them for a period (absence)</source>
        <translation>تفويضها لمدة محددة (غياب)</translation>
    </message>
    <message>
        <source>To the colleague</source>
        <translation>إلى الزميل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until (included)</source>
        <translation>إلى غاية (ضمنًا)</translation>
    </message>
    <message>
        <source>A delegation is temporary and personal: the colleague works on the dossiers only during the period, and each use is written in the audit log.</source>
        <translation>التفويض مؤقت وشخصي: لا يعمل الزميل على الملفات إلا خلال المدة المحددة، ويُدوَّن كل استعمال في سجل التتبع.</translation>
    </message>
    <message>
        <source>No other active preparer can receive these dossiers.</source>
        <translation>لا يوجد مُعِدّ نشط آخر يمكنه استلام هذه الملفات.</translation>
    </message>
</context>
<context>
    <name>AffiliateSheet</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهراً</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Choose an affiliate in the results to see the sheet.</source>
        <translation>اختر منخرطاً من النتائج لعرض بطاقته.</translation>
    </message>
    <message>
        <source>Membership no.:</source>
        <translation>رقم الانخراط:</translation>
    </message>
    <message>
        <source>PPR:</source>
        <translation>رقم التأجير:</translation>
    </message>
    <message>
        <source>CIN:</source>
        <translation>رقم البطاقة الوطنية:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الازدياد:</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>تاريخ التوظيف:</translation>
    </message>
    <message>
        <source>Corps and grade:</source>
        <translation>الهيئة والدرجة:</translation>
    </message>
    <message>
        <source>Effective service:</source>
        <translation>الخدمات الفعلية:</translation>
    </message>
    <message>
        <source>Age limit reached on:</source>
        <translation>بلوغ حد السن في:</translation>
    </message>
    <message>
        <source>Dossier to start from:</source>
        <translation>يُفتح الملف ابتداءً من:</translation>
    </message>
    <message>
        <source>Early retirement:</source>
        <translation>التقاعد النسبي:</translation>
    </message>
    <message>
        <source>Leaving now:</source>
        <translation>في حالة المغادرة اليوم:</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>المعطيات محينة بتاريخ:</translation>
    </message>
    <message>
        <source>Dates computed by Mellaf from law 011.71 as amended by law 71.14; the fund confirms them when it processes the dossier.</source>
        <translation>تواريخ يحسبها برنامج Mellaf وفق القانون 011.71 كما تم تغييره بالقانون 71.14، ويؤكدها الصندوق عند دراسة الملف.</translation>
    </message>
    <message>
        <source>Dossiers of this affiliate</source>
        <translation>ملفات هذا المنخرط</translation>
    </message>
    <message>
        <source>No dossier yet.</source>
        <translation>لا يوجد أي ملف بعد.</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>New age-limit dossier</source>
        <translation>ملف جديد لحد السن</translation>
    </message>
    <message>
        <source>Ask for a correction…</source>
        <translation>طلب تصحيح…</translation>
    </message>
    <message>
        <source>Opening the sheet…</source>
        <translation>جارٍ فتح البطاقة…</translation>
    </message>
    <message>
        <source>Correction requests:</source>
        <translation>طلبات التصحيح:</translation>
    </message>
    <message>
        <source>Queuing the request…</source>
        <translation>جارٍ وضع الطلب في قائمة الانتظار…</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (age limit of %2)</source>
        <translation>%1 (حد السن: %2)</translation>
    </message>
    <message>
        <source>%1 — the dossier is due now</source>
        <translation>%1 — يجب إعداد الملف الآن</translation>
    </message>
    <message>
        <source>minimum %1 years of effective service for men</source>
        <translation>الحد الأدنى %1 سنة من الخدمات الفعلية للرجال</translation>
    </message>
    <message>
        <source>minimum %1 years of effective service for women</source>
        <translation>الحد الأدنى %1 سنة من الخدمات الفعلية للنساء</translation>
    </message>
    <message>
        <source>Eligible (%1).</source>
        <translation>مستوفٍ للشرط (%1).</translation>
    </message>
    <message>
        <source>Eligible (%1), reached on %2.</source>
        <translation>مستوفٍ للشرط (%1)، منذ %2.</translation>
    </message>
    <message>
        <source>Not yet eligible (%1); reached on %2 if service continues.</source>
        <translation>غير مستوفٍ بعد (%1)؛ يُستوفى في %2 إذا استمرت الخدمة.</translation>
    </message>
    <message>
        <source>Age limit reached: pension.</source>
        <translation>بلوغ حد السن: معاش.</translation>
    </message>
    <message>
        <source>Refund of the deductions (less effective service than the minimum for a pension).</source>
        <translation>استرجاع الاقتطاعات (خدمات فعلية أقل من الحد الأدنى المخول للمعاش).</translation>
    </message>
    <message>
        <source>Early pension (the minimum service is reached).</source>
        <translation>معاش التقاعد النسبي (تم بلوغ الحد الأدنى من الخدمات).</translation>
    </message>
    <message>
        <source>Never confirmed by the platform.</source>
        <translation>لم تؤكدها المنصة قط.</translation>
    </message>
    <message>
        <source>%1 — older than %2 days: may be out of date</source>
        <translation>%1 — أقدم من %2 يوما: قد لا تكون محينة</translation>
    </message>
    <message>
        <source>Only a preparer opens dossiers; your role cannot.</source>
        <translation>المُعِدّ وحده يفتح الملفات؛ دورك لا يسمح بذلك.</translation>
    </message>
    <message>
        <source>This affiliate already has an age-limit dossier: open it.</source>
        <translation>لهذا المنخرط ملف لحد السن من قبل: افتحه.</translation>
    </message>
    <message>
        <source>Open a new age-limit dossier and its checklist.</source>
        <translation>فتح ملف جديد لحد السن مع قائمة وثائقه.</translation>
    </message>
    <message>
        <source>Opening a new dossier…</source>
        <translation>جارٍ فتح ملف جديد…</translation>
    </message>
</context>
<context>
    <name>AffiliatesModel</name>
    <message>
        <source>Membership no.</source>
        <translation>رقم الانخراط</translation>
    </message>
    <message>
        <source>PPR</source>
        <translation>رقم التأجير</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Open the sheet to see the full CIN</source>
        <translation>افتح البطاقة لرؤية رقم البطاقة الوطنية كاملاً</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
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
        <translation>عدة ملفات</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for “%1”: one document made of all of them, or one document per file?</source>
        <translation>
            <numerusform>لا ملفات لـ «%1»: مستند واحد يضمها كلها، أم مستند لكل ملف؟</numerusform>
            <numerusform>ملف واحد لـ «%1»: مستند واحد يضمها كلها، أم مستند لكل ملف؟</numerusform>
            <numerusform>ملفان لـ «%1»: مستند واحد يضمهما، أم مستند لكل ملف؟</numerusform>
            <numerusform>%n ملفات لـ «%1»: مستند واحد يضمها كلها، أم مستند لكل ملف؟</numerusform>
            <numerusform>%n ملفا لـ «%1»: مستند واحد يضمها كلها، أم مستند لكل ملف؟</numerusform>
            <numerusform>%n ملف لـ «%1»: مستند واحد يضمها كلها، أم مستند لكل ملف؟</numerusform>
        </translation>
    </message>
    <message>
        <source>One document: the pages follow the file names in order (you can reorder them afterwards with “Pages…”).</source>
        <translation>مستند واحد: تتبع الصفحات ترتيب أسماء الملفات (يمكنك إعادة ترتيبها بعد ذلك عبر «الصفحات…»).</translation>
    </message>
    <message>
        <source>One document</source>
        <translation>مستند واحد</translation>
    </message>
    <message>
        <source>One document per file</source>
        <translation>مستند لكل ملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) combined into one document for “%1”.</source>
        <translation>
            <numerusform>لم يُجمع أي ملف في مستند واحد لـ «%1».</numerusform>
            <numerusform>جُمع ملف واحد في مستند واحد لـ «%1».</numerusform>
            <numerusform>جُمع ملفان في مستند واحد لـ «%1».</numerusform>
            <numerusform>جُمعت %n ملفات في مستند واحد لـ «%1».</numerusform>
            <numerusform>جُمع %n ملفا في مستند واحد لـ «%1».</numerusform>
            <numerusform>جُمع %n ملف في مستند واحد لـ «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>ملف غير مقبول</translation>
    </message>
    <message>
        <source>The files were not combined and nothing was attached: one of them is refused.</source>
        <translation>لم تُجمع الملفات ولم يُرفق أي شيء: أحدها مرفوض.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking and combining the files…</source>
        <translation>جار فحص الملفات وجمعها…</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التتبع</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Action (e.g. dossier.)</source>
        <translation>العملية (مثلًا dossier.)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل المعني</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>لا توجد أي قيود</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported.</source>
        <translation>
            <numerusform>لم يُصدَّر أي قيد.</numerusform>
            <numerusform>صُدِّر قيد واحد.</numerusform>
            <numerusform>صُدِّر قيدان.</numerusform>
            <numerusform>صُدِّرت %n قيود.</numerusform>
            <numerusform>صُدِّر %n قيدًا.</numerusform>
            <numerusform>صُدِّر %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>سلسلة التتبع سليمة.</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>سلسلة التتبع مكسورة: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>DEMO — training mode with fictional data. Signatures made here are not qualified and nothing is sent to the real fund.</source>
        <translation>نسخة تجريبية — وضع التكوين ببيانات وهمية. التوقيعات هنا غير مؤهلة ولا يُرسل أي شيء إلى الصندوق الحقيقي.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>CertificatePicker</name>
    <message>
        <source>Barid eSign class 3, qualified personal signature</source>
        <translation>باريد إيساين الصنف 3، توقيع شخصي مؤهل</translation>
    </message>
    <message>
        <source>Barid eSign class 3, organisation seal</source>
        <translation>باريد إيساين الصنف 3، خاتم الهيئة</translation>
    </message>
    <message>
        <source>no policy stated</source>
        <translation>لا توجد سياسة مذكورة</translation>
    </message>
    <message>
        <source>Authentication certificate (for logging in): it cannot sign. Choose your signature certificate; if you have none, ask your certificate provider.</source>
        <translation>شهادة مصادقة (لتسجيل الدخول): لا يمكنها التوقيع. اختر شهادة التوقيع الخاصة بك؛ وإن لم تكن لديك، فاطلبها من مزود الشهادات.</translation>
    </message>
    <message>
        <source>Not meant for signatures (no non-repudiation key usage).</source>
        <translation>غير مخصصة للتوقيع (لا تتضمن استعمال المفتاح «عدم الإنكار»).</translation>
    </message>
    <message>
        <source>Not valid yet: check the computer&apos;s date and time.</source>
        <translation>غير صالحة بعد: تحقق من تاريخ الحاسوب وساعته.</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>اختيار شهادة التوقيع</translation>
    </message>
    <message>
        <source>Certificates of the connected tokens. Expired certificates are not shown; those that cannot sign are greyed out with the reason.</source>
        <translation>شهادات المفاتيح الموصولة. لا تُعرض الشهادات المنتهية الصلاحية؛ والتي لا يمكنها التوقيع تظهر باهتة مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>الحامل</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>المُصدِر</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة إلى غاية</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>No certificate was found. Plug in your token, then check again.</source>
        <translation>لم يُعثر على أي شهادة. صِل مفتاحك ثم أعد التحقق.</translation>
    </message>
    <message>
        <source>Use this certificate</source>
        <translation>استعمال هذه الشهادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Required</source>
        <translation>إلزامية</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختيارية</translation>
    </message>
    <message>
        <source>No file yet — attach a PDF or drop it here.</source>
        <translation>لا يوجد ملف بعد — أرفق ملف PDF أو اسحبه وأفلته هنا.</translation>
    </message>
    <message>
        <source>No file.</source>
        <translation>لا يوجد ملف.</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>إرفاق PDF…</translation>
    </message>
    <message>
        <source>Attach a PDF to: %1</source>
        <translation>إرفاق ملف PDF بـ: %1</translation>
    </message>
    <message>
        <source>Requested by the fund: %1</source>
        <translation>طلبه الصندوق: %1</translation>
    </message>
    <message>
        <source>Requested by the fund</source>
        <translation>طلبه الصندوق</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>signed ✓</source>
        <translation>موقّعة ✓</translation>
    </message>
    <message>
        <source>sent to the fund</source>
        <translation>أُرسل إلى الصندوق</translation>
    </message>
    <message>
        <source>over the platform&apos;s size limit</source>
        <translation>يتجاوز الحجم المسموح به في المنصة</translation>
    </message>
    <message>
        <source>Pages…</source>
        <translation>الصفحات…</translation>
    </message>
    <message>
        <source>See, turn, reorder or remove pages</source>
        <translation>عرض الصفحات أو تدويرها أو إعادة ترتيبها أو حذفها</translation>
    </message>
    <message>
        <source>Reduce size…</source>
        <translation>تصغير الحجم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>signature in field “%1”</source>
        <translation>التوقيع في الحقل «%1»</translation>
    </message>
    <message>
        <source>has empty signature fields</source>
        <translation>يحتوي على حقول توقيع فارغة</translation>
    </message>
    <message>
        <source>Signature field…</source>
        <translation>حقل التوقيع…</translation>
    </message>
    <message>
        <source>Sign into one of the document&apos;s empty signature fields</source>
        <translation>التوقيع في أحد حقول التوقيع الفارغة في المستند</translation>
    </message>
    <message>
        <source>Attached and signed</source>
        <translation>مرفقة وموقّعة</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>مرفقة</translation>
    </message>
    <message>
        <source>Missing: this document is required</source>
        <translation>ناقصة: هذه الوثيقة إلزامية</translation>
    </message>
    <message>
        <source>Optional: not attached</source>
        <translation>اختيارية: غير مرفقة</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>The document could not be signed. Try again, or ask for support.</source>
        <translation>تعذّر توقيع الوثيقة. أعد المحاولة أو اطلب المساعدة.</translation>
    </message>
    <message>
        <source>The signing token was not found. Plug in your token, wait a few seconds and try again.</source>
        <translation>لم يتم العثور على مفتاح التوقيع. أدخل المفتاح، وانتظر بضع ثوانٍ، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Only one try is left: a further wrong PIN will lock the token. Check the PIN before trying again.</source>
        <translation>الرمز السري خاطئ. بقيت محاولة واحدة فقط: رمز خاطئ آخر سيُقفل المفتاح. تحقق من الرمز قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong, and few tries are left before the token locks. Check the PIN before trying again.</source>
        <translation>الرمز السري خاطئ، وبقيت محاولات قليلة قبل قفل المفتاح. تحقق من الرمز قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong. Check the PIN and try again.</source>
        <translation>الرمز السري خاطئ. تحقق منه وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked after too many wrong tries. Contact your certificate provider (Barid eSign) to unlock it with the unlock code.</source>
        <translation>الرمز السري للمفتاح مقفل بعد محاولات خاطئة كثيرة. اتصل بمزوّد الشهادات (بريد إي ساين) لفتحه برمز فك القفل.</translation>
    </message>
    <message>
        <source>The token was removed during signing. Plug it back in and sign again; no document was changed.</source>
        <translation>نُزع المفتاح أثناء التوقيع. أعد إدخاله ووقّع من جديد؛ لم تتغير أي وثيقة.</translation>
    </message>
    <message>
        <source>No usable signing certificate was found on the token. Check that you use your signature token, or contact your certificate provider.</source>
        <translation>لا توجد على المفتاح شهادة توقيع صالحة. تأكد أنك تستعمل مفتاح التوقيع الخاص بك، أو اتصل بمزوّد الشهادات.</translation>
    </message>
    <message>
        <source>The document is not a readable PDF file. Check the file, or scan or export it again.</source>
        <translation>الوثيقة ليست ملف PDF مقروءاً. تحقق من الملف، أو أعد مسحه ضوئياً أو تصديره.</translation>
    </message>
    <message>
        <source>The signed file could not be written. Check the free disk space and that the folder is writable, then sign again.</source>
        <translation>تعذّر حفظ الملف الموقّع. تحقق من المساحة الفارغة في القرص ومن صلاحية الكتابة في المجلد، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>The timestamp server did not answer. Check the network connection and the timestamp server address in the settings, then sign again.</source>
        <translation>لم يستجب خادم الختم الزمني. تحقق من الاتصال بالشبكة ومن عنوان خادم الختم الزمني في الإعدادات، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>The certificate status could not be checked online, so a long-term signature could not be made. Check the network connection and try again, or sign at level B-T.</source>
        <translation>تعذّر التحقق من حالة الشهادة عبر الإنترنت، فلا يمكن إنجاز توقيع طويل الأمد. تحقق من الاتصال وأعد المحاولة، أو وقّع بالمستوى B-T.</translation>
    </message>
    <message>
        <source>Signing was cancelled. No document was changed.</source>
        <translation>أُلغي التوقيع. لم تتغير أي وثيقة.</translation>
    </message>
    <message>
        <source>The certificate file&apos;s password is wrong. Check it and try again.</source>
        <translation>كلمة مرور ملف الشهادة خاطئة. تحقق منها وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The platform could not complete the request.</source>
        <translation>لم تتمكن المنصة من إنجاز الطلب.</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Check the network connection; the work is kept and can be sent later.</source>
        <translation>تعذّر الوصول إلى المنصة. تحقق من الاتصال بالشبكة؛ العمل محفوظ ويمكن إرساله لاحقاً.</translation>
    </message>
    <message>
        <source>The connection to the platform is not secure: its certificate could not be verified. Check the computer&apos;s date and time, then tell your IT support.</source>
        <translation>الاتصال بالمنصة غير آمن: تعذّر التحقق من شهادتها. تحقق من تاريخ الحاسوب وساعته، ثم أخبر الدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>Your platform session has expired. Sign in again.</source>
        <translation>انتهت جلستك على المنصة. سجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The platform has a problem right now. The work is kept; try again in a few minutes.</source>
        <translation>تواجه المنصة مشكلة حالياً. العمل محفوظ؛ أعد المحاولة بعد دقائق.</translation>
    </message>
    <message>
        <source>The platform sent an answer Mellaf does not understand. Mellaf may need an update; tell your IT support.</source>
        <translation>أرسلت المنصة جواباً لا يفهمه برنامج Mellaf. قد يحتاج البرنامج إلى تحديث؛ أخبر الدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation>رفضت المنصة الطلب.</translation>
    </message>
    <message>
        <source>The file received by the platform differs from the one sent. Send the document again.</source>
        <translation>الملف الذي استلمته المنصة يختلف عن الملف المرسل. أعد إرسال الوثيقة.</translation>
    </message>
    <message>
        <source>The platform accepts PDF documents only. Convert the document to PDF.</source>
        <translation>لا تقبل المنصة إلا وثائق PDF. حوّل الوثيقة إلى PDF.</translation>
    </message>
    <message>
        <source>Some required documents are missing. Add them, then send again.</source>
        <translation>بعض الوثائق الإلزامية ناقصة. أضفها ثم أعد الإرسال.</translation>
    </message>
    <message>
        <source>This affiliate is not known to the platform for your collectivity.</source>
        <translation>هذا المنخرط غير معروف لدى المنصة بالنسبة لجماعتك.</translation>
    </message>
    <message>
        <source>The platform does not expect this document for this dossier.</source>
        <translation>لا تنتظر المنصة هذه الوثيقة في هذا الملف.</translation>
    </message>
    <message>
        <source>The platform no longer accepts documents for this dossier.</source>
        <translation>لم تعد المنصة تقبل وثائق لهذا الملف.</translation>
    </message>
    <message>
        <source>The platform does not know this dossier.</source>
        <translation>المنصة لا تعرف هذا الملف.</translation>
    </message>
    <message>
        <source>The platform does not know this item.</source>
        <translation>المنصة لا تعرف هذا العنصر.</translation>
    </message>
    <message>
        <source>The upload was not found on the platform. Send the document again.</source>
        <translation>لم يُعثر على الإرسال في المنصة. أعد إرسال الوثيقة.</translation>
    </message>
    <message>
        <source>The upload did not finish. Send the document again.</source>
        <translation>لم يكتمل الإرسال. أعد إرسال الوثيقة.</translation>
    </message>
    <message>
        <source>The upload belongs to another dossier. Send the document again.</source>
        <translation>هذا الإرسال يخص ملفاً آخر. أعد إرسال الوثيقة.</translation>
    </message>
    <message>
        <source>The platform already has a different dossier under this reference. Tell your IT support.</source>
        <translation>لدى المنصة ملف آخر بنفس المرجع. أخبر الدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>This upload is already attached to another document.</source>
        <translation>هذا الإرسال مرتبط من قبل بوثيقة أخرى.</translation>
    </message>
    <message>
        <source>The document is too large for the platform. Reduce its size.</source>
        <translation>الوثيقة كبيرة جداً بالنسبة للمنصة. قلّص حجمها.</translation>
    </message>
    <message>
        <source>The upload expired on the platform. Send the document again.</source>
        <translation>انتهت صلاحية الإرسال في المنصة. أعد إرسال الوثيقة.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask your collectivity&apos;s responsible.</source>
        <translation>حسابك لا يملك هذه الصلاحية. اتصل بالمسؤول في جماعتك.</translation>
    </message>
    <message>
        <source>The account id or the password is wrong.</source>
        <translation>اسم الحساب أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>This account is suspended. Ask your collectivity&apos;s responsible.</source>
        <translation>هذا الحساب موقوف. اتصل بمسؤول جماعتك.</translation>
    </message>
    <message>
        <source>This dossier does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>This dossier belongs to another collectivity.</source>
        <translation>هذا الملف تابع لجماعة أخرى.</translation>
    </message>
    <message>
        <source>This affiliate belongs to another collectivity.</source>
        <translation>هذا المنخرط تابع لجماعة أخرى.</translation>
    </message>
    <message>
        <source>Only a preparer opens dossiers.</source>
        <translation>المُعِدّ وحده يفتح الملفات.</translation>
    </message>
    <message>
        <source>This affiliate is not in your collectivity&apos;s records.</source>
        <translation>هذا المنخرط غير مسجل في سجلات جماعتك.</translation>
    </message>
    <message>
        <source>A dossier of this type already exists for this affiliate.</source>
        <translation>يوجد ملف من هذا النوع لهذا المنخرط.</translation>
    </message>
    <message>
        <source>Documents can only be added while the dossier is being prepared.</source>
        <translation>لا يمكن إضافة الوثائق إلا أثناء إعداد الملف.</translation>
    </message>
    <message>
        <source>Documents can only be removed while the dossier is being prepared.</source>
        <translation>لا يمكن حذف الوثائق إلا أثناء إعداد الملف.</translation>
    </message>
    <message>
        <source>This document is not part of the dossier.</source>
        <translation>هذه الوثيقة ليست من الملف.</translation>
    </message>
    <message>
        <source>Say why the dossier is returned: the preparer reads this comment.</source>
        <translation>اذكر سبب إرجاع الملف: سيقرأ المُعِدّ هذه الملاحظة.</translation>
    </message>
    <message>
        <source>The dossier was changed meanwhile; reopen it.</source>
        <translation>تغيّر الملف في هذه الأثناء؛ أعد فتحه.</translation>
    </message>
    <message>
        <source>Nobody may certify a dossier they prepared.</source>
        <translation>لا يجوز لأحد أن يصادق على ملف أعدّه بنفسه.</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>أُلغي التوقيع.</translation>
    </message>
    <message>
        <source>A document must be signed and its dossier created before upload.</source>
        <translation>يجب توقيع الوثيقة وإنشاء ملفها قبل الإرسال.</translation>
    </message>
    <message>
        <source>The dossier was never created at the fund.</source>
        <translation>لم يُنشأ الملف قط لدى الصندوق.</translation>
    </message>
    <message>
        <source>The dossier of a queued job has disappeared.</source>
        <translation>اختفى ملف عملية إرسال منتظرة.</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>ليس ملف PDF</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>is protected by a password; ask for an unprotected copy</source>
        <translation>محمي بكلمة مرور؛ اطلب نسخة غير محمية</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>لا يحتوي على أي صفحة</translation>
    </message>
    <message>
        <source>has a page of absurd size</source>
        <translation>يحتوي على صفحة بحجم غير معقول</translation>
    </message>
    <message>
        <source>The dossier is already being submitted to the fund: it can no longer be cancelled here.</source>
        <translation>الملف قيد الإيداع لدى الصندوق: لم يعد من الممكن إلغاؤه هنا.</translation>
    </message>
    <message>
        <source>A queued document was removed from its dossier.</source>
        <translation>أُزيلت وثيقة من ملفها وهي في قائمة الإرسال.</translation>
    </message>
    <message>
        <source>This account may not change the queue.</source>
        <translation>لا يحق لهذا الحساب تعديل قائمة الإرسال.</translation>
    </message>
    <message>
        <source>The fund has not asked for documents for this dossier.</source>
        <translation>لم يطلب الصندوق وثائق لهذا الملف.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>لا يمكن قراءته</translation>
    </message>
    <message>
        <source>is too large to be examined</source>
        <translation>كبير جدًا بحيث لا يمكن فحصه</translation>
    </message>
    <message>
        <source>is neither a PDF nor a JPEG, PNG or TIFF image</source>
        <translation>ليس ملف PDF ولا صورة JPEG أو PNG أو TIFF</translation>
    </message>
    <message>
        <source>has a name that does not match its content (rename it with the right extension)</source>
        <translation>اسمه لا يطابق محتواه (أعد تسميته بالامتداد الصحيح)</translation>
    </message>
    <message>
        <source>is truncated: its end is missing</source>
        <translation>مبتور: نهايته ناقصة</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>تالف ولا يمكن قراءته</translation>
    </message>
    <message>
        <source>is damaged and cannot be repaired safely</source>
        <translation>تالف ولا يمكن إصلاحه بأمان</translation>
    </message>
    <message>
        <source>has an absurd number of pages</source>
        <translation>عدد صفحاته غير معقول</translation>
    </message>
    <message>
        <source>contains JavaScript, which is not allowed</source>
        <translation>يحتوي على JavaScript، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains an action that launches programs, which is not allowed</source>
        <translation>يحتوي على إجراء يشغّل برامج، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains links or actions that open web addresses, which is not allowed</source>
        <translation>يحتوي على روابط أو إجراءات تفتح عناوين إنترنت، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains actions that open or send other files, which is not allowed</source>
        <translation>يحتوي على إجراءات تفتح ملفات أخرى أو ترسلها، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains automatic actions, which is not allowed</source>
        <translation>يحتوي على إجراءات تلقائية، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains embedded files, which is not allowed</source>
        <translation>يحتوي على ملفات مضمّنة، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains an XFA form, which is not allowed</source>
        <translation>يحتوي على استمارة XFA، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>contains multimedia content, which is not allowed</source>
        <translation>يحتوي على محتوى متعدد الوسائط، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>expands to an absurd size when read (a decompression bomb)</source>
        <translation>يتضخم إلى حجم غير معقول عند قراءته (قنبلة فك الضغط)</translation>
    </message>
    <message>
        <source>contains an image of absurd dimensions</source>
        <translation>يحتوي على صورة بأبعاد غير معقولة</translation>
    </message>
    <message>
        <source>is an image that is damaged or truncated</source>
        <translation>صورة تالفة أو مبتورة</translation>
    </message>
    <message>
        <source>took too long to examine and was given up</source>
        <translation>استغرق فحصه وقتًا طويلًا فتم التخلي عنه</translation>
    </message>
    <message>
        <source>needs too much memory to examine</source>
        <translation>يتطلب فحصه ذاكرة كبيرة جدًا</translation>
    </message>
    <message>
        <source>made the examination fail</source>
        <translation>تسبب في فشل الفحص</translation>
    </message>
    <message>
        <source>Documents can only be changed while the dossier is being prepared.</source>
        <translation>لا يمكن تعديل الوثائق إلا أثناء إعداد الملف.</translation>
    </message>
    <message>
        <source>A signed document is never changed. Remove it and attach the corrected file.</source>
        <translation>لا تُعدَّل أبدًا وثيقة موقَّعة. احذفها وأرفق الملف المصحَّح.</translation>
    </message>
    <message>
        <source>A document needs at least one page; remove the document instead.</source>
        <translation>يجب أن تحتفظ الوثيقة بصفحة واحدة على الأقل؛ احذف الوثيقة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A page that does not exist was asked for.</source>
        <translation>طُلبت صفحة غير موجودة.</translation>
    </message>
    <message>
        <source>Pages turn by quarter turns only.</source>
        <translation>لا تُدوَّر الصفحات إلا بربع دورة.</translation>
    </message>
    <message>
        <source>A number of persons is between 0 and 20.</source>
        <translation>عدد الأشخاص يكون بين 0 و20.</translation>
    </message>
    <message>
        <source>No file was given.</source>
        <translation>لم يُقدَّم أي ملف.</translation>
    </message>
    <message>
        <source>their colour space is not one of grey, RGB, CMYK, ICC-based or indexed</source>
        <translation>فضاؤها اللوني ليس رماديًا ولا RGB ولا CMYK ولا ICC ولا مفهرسًا</translation>
    </message>
    <message>
        <source>their bit depth is not supported for this colour space</source>
        <translation>عمق البتات فيها غير مدعوم لهذا الفضاء اللوني</translation>
    </message>
    <message>
        <source>they are JBIG2-compressed, which is already compact</source>
        <translation>مضغوطة بصيغة JBIG2، وهي صيغة مدمجة أصلًا</translation>
    </message>
    <message>
        <source>they are JPEG 2000 and this installation cannot read JPEG 2000</source>
        <translation>بصيغة JPEG 2000 وهذا التثبيت لا يستطيع قراءة JPEG 2000</translation>
    </message>
    <message>
        <source>they are JPEG 2000 with transparency inside the image</source>
        <translation>بصيغة JPEG 2000 مع شفافية داخل الصورة نفسها</translation>
    </message>
    <message>
        <source>they use a colour-key mask, which lossy compression would break</source>
        <translation>تستعمل قناعًا بلون مفتاحي يُفسده الضغط مع فقدان الجودة</translation>
    </message>
    <message>
        <source>they are stencil masks (one colour painted through a shape)</source>
        <translation>أقنعة تفريغ (لون واحد يُرسم عبر شكل)</translation>
    </message>
    <message>
        <source>their transparency is pre-multiplied (/Matte)</source>
        <translation>شفافيتها مضروبة مسبقًا (/Matte)</translation>
    </message>
    <message>
        <source>they carry a separate stencil mask</source>
        <translation>تحمل قناع تفريغ منفصلًا</translation>
    </message>
    <message>
        <source>they could not be decoded</source>
        <translation>تعذّر فك ترميزها</translation>
    </message>
    <message>
        <source>they use a combination of compression filters that is not supported</source>
        <translation>تستعمل مجموعة من مرشحات الضغط غير مدعومة</translation>
    </message>
    <message>
        <source>they are inline images, small and part of the page&apos;s drawing instructions</source>
        <translation>صور مضمّنة في الصفحة، صغيرة وجزء من تعليمات رسمها</translation>
    </message>
    <message>
        <source>The PIN is wrong. The token now allows only ONE more try: it was not at its last try before, and a further wrong PIN will lock it. Check the PIN before trying again.</source>
        <translation>الرمز السري خاطئ. لم يعد الحامل يقبل سوى محاولة واحدة فقط: لم يكن الأمر كذلك من قبل، وأي رمز خاطئ آخر سيقفله. تحقق من الرمز السري قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong. The token has counted this wrong try and now warns that few tries are left before it locks. Check the PIN before trying again.</source>
        <translation>الرمز السري خاطئ. احتسب الحامل هذه المحاولة وينبّه الآن إلى أنه لم تبق إلا محاولات قليلة قبل قفله. تحقق من الرمز السري قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong again: one more try was used, and few tries are left before the token locks. Check the PIN before trying again.</source>
        <translation>الرمز السري خاطئ مرة أخرى: استُعملت محاولة إضافية، ولم تبق إلا محاولات قليلة قبل قفل الحامل. تحقق من الرمز السري قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>The PIN is wrong, and that was the last try: the token is now locked and cannot sign. Contact your certificate provider (Barid eSign) to unlock it with the unlock code.</source>
        <translation>الرمز السري خاطئ وكانت هذه آخر محاولة: الحامل مقفل الآن ولا يمكنه التوقيع. اتصل بمزود الشهادات (بريد إي ساين) لفتحه برمز فك القفل.</translation>
    </message>
    <message>
        <source>The PIN does not have the length or characters the token accepts. Check the PIN and try again.</source>
        <translation>الرمز السري ليس بالطول أو الأحرف التي يقبلها الحامل. تحقق من الرمز السري وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN has expired. Change it with the token software (SafeNet Authentication Client), then sign again.</source>
        <translation>انتهت صلاحية الرمز السري للحامل. غيّره ببرنامج الحامل (SafeNet Authentication Client)، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>The token stopped answering. Unplug it, plug it back in and sign again; no document was changed.</source>
        <translation>توقف الحامل عن الاستجابة. انزعه ثم أعد توصيله ووقّع من جديد؛ لم يتغير أي مستند.</translation>
    </message>
    <message>
        <source>The token reported an error. Unplug it, plug it back in and try again; if it persists, ask for support.</source>
        <translation>أبلغ الحامل عن خطأ. انزعه ثم أعد توصيله وأعد المحاولة؛ وإن استمر المشكل فاطلب الدعم.</translation>
    </message>
    <message>
        <source>The private key of the signing certificate was not found on the token. Check the key label in the settings, or contact your certificate provider.</source>
        <translation>لم يُعثر على المفتاح الخاص لشهادة التوقيع في الحامل. تحقق من تسمية المفتاح في الإعدادات، أو اتصل بمزود الشهادات.</translation>
    </message>
    <message>
        <source>Several signing keys are on the token. Set the key label to use in the settings.</source>
        <translation>يحتوي الحامل على عدة مفاتيح توقيع. حدّد في الإعدادات تسمية المفتاح الذي يجب استعماله.</translation>
    </message>
    <message>
        <source>The token holds no certificate meant for signatures (non-repudiation). Use your signature token, or contact your certificate provider.</source>
        <translation>لا يحتوي الحامل على أي شهادة مخصصة للتوقيع (عدم الإنكار). استعمل حامل التوقيع الخاص بك، أو اتصل بمزود الشهادات.</translation>
    </message>
    <message>
        <source>The signing certificate was not found on the token. Contact your certificate provider.</source>
        <translation>لم يُعثر على شهادة التوقيع في الحامل. اتصل بمزود الشهادات.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ليس ملفا</translation>
    </message>
    <message>
        <source>it does not load; it may be damaged or built for another kind of computer</source>
        <translation>لا يُحمَّل؛ قد يكون تالفا أو مصمما لنوع آخر من الحواسيب</translation>
    </message>
    <message>
        <source>it does not load</source>
        <translation>لا يُحمَّل</translation>
    </message>
    <message>
        <source>No timestamp server is configured: a long-term signature needs one. Set its address in the settings.</source>
        <translation>لم يُضبط أي خادم للختم الزمني: التوقيع طويل الأمد يحتاج إليه. أدخل عنوانه في الإعدادات.</translation>
    </message>
    <message>
        <source>The trusted root certificates of the fund profile are needed to gather the certificate status. Check the profile&apos;s trust anchors.</source>
        <translation>الشهادات الجذرية الموثوقة لملف الصندوق ضرورية لمعرفة حالة الشهادة. تحقق من مراسي الثقة في الملف.</translation>
    </message>
    <message>
        <source>The signed document could not be completed. Check the file.</source>
        <translation>تعذّر إتمام المستند الموقّع. تحقق من الملف.</translation>
    </message>
    <message>
        <source>A signing certificate of this document has been revoked: the document cannot be made long-term valid. Sign it again with a valid certificate.</source>
        <translation>أُلغيت إحدى شهادات التوقيع في هذا المستند: لا يمكن جعله صالحا على المدى الطويل. وقّعه من جديد بشهادة صالحة.</translation>
    </message>
    <message>
        <source>A signing certificate of this document does not lead to a trusted root certificate of the fund profile.</source>
        <translation>إحدى شهادات التوقيع في هذا المستند لا تنتهي إلى شهادة جذرية موثوقة في ملف الصندوق.</translation>
    </message>
    <message>
        <source>The root certificate of the signing certificate is needed for a long-term signature. Add it in the settings, or sign at level B-T.</source>
        <translation>الشهادة الجذرية لشهادة التوقيع ضرورية للتوقيع طويل الأمد. أضفها في الإعدادات، أو وقّع بالمستوى B-T.</translation>
    </message>
    <message>
        <source>The signing certificate has been revoked by its authority. Do not sign with it; contact your certificate provider.</source>
        <translation>ألغت الجهة المصدرة شهادة التوقيع. لا توقّع بها؛ اتصل بمزود الشهادات.</translation>
    </message>
    <message>
        <source>The signing certificate does not lead to a trusted root certificate. Check the trusted root certificates in the settings.</source>
        <translation>شهادة التوقيع لا تنتهي إلى شهادة جذرية موثوقة. تحقق من الشهادات الجذرية الموثوقة في الإعدادات.</translation>
    </message>
    <message>
        <source>The document already holds a signature in that field. Choose another field name.</source>
        <translation>يحتوي المستند مسبقا على توقيع في هذا الحقل. اختر اسم حقل آخر.</translation>
    </message>
    <message>
        <source>The document is certified against further changes and cannot be signed again.</source>
        <translation>المستند مُصدَّق ضد أي تعديل لاحق ولا يمكن توقيعه من جديد.</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing. Check the file, or export it again as PDF.</source>
        <translation>تعذّر تحضير المستند للتوقيع. تحقق من الملف، أو صدّره من جديد بصيغة PDF.</translation>
    </message>
    <message>
        <source>The chosen signature field is not in the document. Choose one of its empty signature fields, or sign without choosing a field.</source>
        <translation>حقل التوقيع المختار غير موجود في المستند. اختر أحد حقول التوقيع الفارغة فيه، أو وقّع دون اختيار حقل.</translation>
    </message>
    <message>
        <source>No font for the visible signature stamp was found on this computer. Install the DejaVu fonts, or turn the visible stamp off in the fund profile.</source>
        <translation>لم يُعثر على أي خط لختم التوقيع المرئي في هذا الحاسوب. ثبّت خطوط DejaVu، أو عطّل الختم المرئي في ملف الصندوق.</translation>
    </message>
    <message>
        <source>The visible signature stamp cannot be drawn: a component is missing from this installation. Reinstall Mellaf, or turn the visible stamp off in the fund profile.</source>
        <translation>تعذّر رسم ختم التوقيع المرئي: ينقص مكوّن في هذا التثبيت. أعد تثبيت ملف (Mellaf)، أو عطّل الختم المرئي في ملف الصندوق.</translation>
    </message>
    <message>
        <source>The font of the visible signature stamp cannot be read. Reinstall the DejaVu fonts, or turn the visible stamp off in the fund profile.</source>
        <translation>تعذّرت قراءة خط ختم التوقيع المرئي. أعد تثبيت خطوط DejaVu، أو عطّل الختم المرئي في ملف الصندوق.</translation>
    </message>
    <message>
        <source>This document was already sent to the fund: it stays in the dossier.</source>
        <translation>أُرسل هذا المستند إلى الصندوق من قبل: يبقى في الملف.</translation>
    </message>
    <message>
        <source>This document is already signed: its signature cannot move.</source>
        <translation>هذا المستند موقّع مسبقا: لا يمكن نقل توقيعه.</translation>
    </message>
    <message>
        <source>is the document already sent to the fund for this item; the fund needs a new one</source>
        <translation>هو المستند الذي سبق إرساله إلى الصندوق لهذه الوثيقة؛ الصندوق يطلب مستندا جديدا</translation>
    </message>
    <message>
        <source>The token software could not be loaded (%1): %2. Install the token middleware (SafeNet Authentication Client) or correct the module path in the settings.</source>
        <translation>تعذّر تحميل برنامج الحامل (%1): %2. ثبّت برنامج الحامل (SafeNet Authentication Client) أو صحّح مسار الوحدة في الإعدادات.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 expired on %2. Renew it with your certificate provider before signing.</source>
        <translation>انتهت صلاحية شهادة التوقيع الخاصة بـ %1 بتاريخ %2. جدّدها لدى مزود الشهادات قبل التوقيع.</translation>
    </message>
    <message>
        <source>The signing certificate of %1 is valid only from %2. Check the computer&apos;s date and time, or wait until that day.</source>
        <translation>شهادة التوقيع الخاصة بـ %1 لا تصلح إلا ابتداء من %2. تحقق من تاريخ الحاسوب وساعته، أو انتظر ذلك اليوم.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not meant for signatures (no non-repudiation key usage). Use your signature certificate, not the authentication one.</source>
        <translation>شهادة %1 ليست مخصصة للتوقيع (لا تتضمن استعمال عدم الإنكار). استعمل شهادة التوقيع، لا شهادة التعريف.</translation>
    </message>
    <message>
        <source>The signing token %1 was not found.%2 Plug in your token, wait a few seconds and try again.</source>
        <translation>لم يُعثر على حامل التوقيع %1.%2 وصّل الحامل، وانتظر بضع ثوان ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Several tokens are connected (%1). Unplug the others, or choose the signing certificate in the Token tab.</source>
        <translation>عدة حوامل موصولة (%1). انزع الحوامل الأخرى، أو اختر شهادة التوقيع في تبويب الحامل.</translation>
    </message>
    <message>
        <source>Several tokens named %1 are connected. Unplug the others, or set the token&apos;s serial number in the settings.</source>
        <translation>عدة حوامل باسم %1 موصولة. انزع الحوامل الأخرى، أو أدخل الرقم التسلسلي للحامل في الإعدادات.</translation>
    </message>
    <message>
        <source>Several certificates are labelled %1 on the token. Set a key label in the settings.</source>
        <translation>عدة شهادات في الحامل تحمل التسمية %1. حدّد تسمية مفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>Several signing certificates are on the token (%1). Set the key label to use in the settings.</source>
        <translation>يحتوي الحامل على عدة شهادات توقيع (%1). حدّد في الإعدادات تسمية المفتاح الذي يجب استعماله.</translation>
    </message>
    <message>
        <source>No signing key %1was found on the token. Check the key label in the settings, or contact your certificate provider.</source>
        <translation>لم يُعثر في الحامل على أي مفتاح توقيع %1. تحقق من تسمية المفتاح في الإعدادات، أو اتصل بمزود الشهادات.</translation>
    </message>
    <message>
        <source>%1 holds no signature: sign it before adding long-term validation data.</source>
        <translation>لا يحتوي %1 على أي توقيع: وقّعه قبل إضافة بيانات التحقق طويل الأمد.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file. Scan or export the document again as PDF.</source>
        <translation>%1 ليس ملف PDF. امسح المستند ضوئيا أو صدّره من جديد بصيغة PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password (encrypted). Ask for an unprotected copy, or export it again without protection.</source>
        <translation>%1 محمي بكلمة مرور (مشفّر). اطلب نسخة غير محمية، أو صدّره من جديد دون حماية.</translation>
    </message>
    <message>
        <source>The document %1 was not found. Check that it was not moved or deleted.</source>
        <translation>لم يُعثر على المستند %1. تحقق من أنه لم يُنقل ولم يُحذف.</translation>
    </message>
    <message>
        <source>The document %1 cannot be read. Check the file and its permissions.</source>
        <translation>تعذّرت قراءة المستند %1. تحقق من الملف ومن صلاحيات الوصول إليه.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF file. Scan or export the document again as PDF.</source>
        <translation>%1 ملف PDF تالف. امسح المستند ضوئيا أو صدّره من جديد بصيغة PDF.</translation>
    </message>
    <message>
        <source>The trusted root certificate file %1 cannot be read. Check the file in the settings (a PEM or DER certificate).</source>
        <translation>تعذّرت قراءة ملف الشهادة الجذرية الموثوقة %1. تحقق من الملف في الإعدادات (شهادة PEM أو DER).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check the path.</source>
        <translation>تعذّرت قراءة ملف الشهادة %1. تحقق من المسار.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check the path and its permissions.</source>
        <translation>تعذّرت قراءة الملف %1. تحقق من المسار ومن صلاحيات الوصول.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space, then sign again.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة %1. وفّر بعض المساحة، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (read-only or no permission). Choose another folder, then sign again.</source>
        <translation>تتعذّر الكتابة في المجلد %1 (للقراءة فقط أو دون صلاحية). اختر مجلدا آخر، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>المجلد %1 غير موجود. اختر مجلدا آخر.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 ليس ملف PDF.</translation>
    </message>
    <message>
        <source>%1 is encrypted; its signatures cannot be checked here.</source>
        <translation>%1 مشفّر؛ لا يمكن التحقق من توقيعاته هنا.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF file; its signatures cannot be checked.</source>
        <translation>%1 ملف PDF تالف؛ لا يمكن التحقق من توقيعاته.</translation>
    </message>
    <message>
        <source>The fund asked for a new document for: %1. The document already sent does not answer the request: attach a new one, then sign and certify the dossier again.</source>
        <translation>طلب الصندوق مستندا جديدا لـ: %1. المستند الذي سبق إرساله لا يستجيب للطلب: أرفق مستندا جديدا، ثم وقّع الملف وصادق عليه من جديد.</translation>
    </message>
    <message>
        <source>This account does not work on dossiers.</source>
        <translation>هذا الحساب لا يعالج الملفات.</translation>
    </message>
    <message>
        <source>Your account is not active; ask the collectivity&apos;s responsible.</source>
        <translation>حسابك غير مفعّل؛ راجع المسؤول عن الجماعة.</translation>
    </message>
    <message>
        <source>This dossier is closed; it stays in the archive as it is.</source>
        <translation>هذا الملف مغلق؛ يبقى في الأرشيف كما هو.</translation>
    </message>
    <message>
        <source>Someone changed this dossier&apos;s assignment meanwhile; look again.</source>
        <translation>غيّر شخص آخر إسناد هذا الملف في الأثناء؛ تحقّق مجدداً.</translation>
    </message>
    <message>
        <source>This dossier is assigned to a colleague; they or the responsible may release it.</source>
        <translation>هذا الملف مسند إلى زميل؛ لا يحرّره إلا هو أو المسؤول.</translation>
    </message>
    <message>
        <source>Only the assigned officer or the responsible releases a dossier.</source>
        <translation>لا يحرّر الملف إلا الموظف المسند إليه أو المسؤول.</translation>
    </message>
    <message>
        <source>Unknown export format: choose CSV or XLSX.</source>
        <translation>صيغة تصدير غير معروفة: اختر CSV أو XLSX.</translation>
    </message>
    <message>
        <source>XLSX export needs the openpyxl package; export as CSV instead.</source>
        <translation>يتطلب التصدير بصيغة XLSX حزمة openpyxl؛ صدّر بصيغة CSV بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>This dossier is another officer&apos;s: ask for a delegation, or for exceptional access with a reason.</source>
        <translation>هذا الملف يخص موظفاً آخر: اطلب تفويضاً، أو ولوجاً استثنائياً مع ذكر السبب.</translation>
    </message>
</context>
<context>
    <name>Corps</name>
    <message>
        <source>Administrator</source>
        <translation>متصرف</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تقني</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>مهندس</translation>
    </message>
    <message>
        <source>Administrative assistant</source>
        <translation>مساعد إداري</translation>
    </message>
    <message>
        <source>Technical assistant</source>
        <translation>مساعد تقني</translation>
    </message>
    <message>
        <source>Clerk (rédacteur)</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>Teacher-researcher</source>
        <translation>أستاذ باحث</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>قاضٍ</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>سفير</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <source>Last name (Latin)</source>
        <translation>الاسم العائلي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>تاريخ التوظيف</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>ب.ت.و</translation>
    </message>
    <message>
        <source>PPR</source>
        <translation>رقم التأجير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>فترات الخدمة</translation>
    </message>
    <message>
        <source>Reference salary</source>
        <translation>الأجر المرجعي</translation>
    </message>
    <message>
        <source>Ask the fund for a correction</source>
        <translation>طلب تصحيح من الصندوق</translation>
    </message>
    <message>
        <source>Which field of the record of %1 is wrong? The request is kept on this computer and sent to the fund as soon as the platform answers.</source>
        <translation>ما هي المعلومة الخاطئة في بطاقة %1؟ يحفظ الطلب على هذا الحاسوب ويرسل إلى الصندوق بمجرد أن تستجيب المنصة.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>المعلومة:</translation>
    </message>
    <message>
        <source>What is wrong, and what the right value is.</source>
        <translation>ما هو الخطأ، وما هي القيمة الصحيحة.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>تعليق:</translation>
    </message>
    <message>
        <source>No supporting document.</source>
        <translation>لا توجد وثيقة مثبتة.</translation>
    </message>
    <message>
        <source>Choose a PDF…</source>
        <translation>اختيار ملف PDF…</translation>
    </message>
    <message>
        <source>Supporting PDF:</source>
        <translation>الوثيقة المثبتة (PDF):</translation>
    </message>
    <message>
        <source>Queue the request</source>
        <translation>وضع الطلب في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>الوثيقة المثبتة</translation>
    </message>
    <message>
        <source>%1: accepted by the fund on %2 — %3</source>
        <translation>%1: قبله الصندوق في %2 — %3</translation>
    </message>
    <message>
        <source>%1: refused by the fund on %2 — %3</source>
        <translation>%1: رفضه الصندوق في %2 — %3</translation>
    </message>
    <message>
        <source>%1: answered on %2 — %3</source>
        <translation>%1: تم الرد بتاريخ %2 — %3</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the fund&apos;s answer</source>
        <translation>%1: أرسل، في انتظار رد الصندوق</translation>
    </message>
    <message>
        <source>%1: refused by the platform — %2</source>
        <translation>%1: رفضته المنصة — %2</translation>
    </message>
    <message>
        <source>%1: queued, sent when the platform answers</source>
        <translation>%1: في قائمة الانتظار، يرسل عندما تستجيب المنصة</translation>
    </message>
</context>
<context>
    <name>CorrectionsRetry</name>
    <message numerus="yes">
        <source>The fund answered %n correction request(s): open the affiliate&apos;s sheet to read the answer.</source>
        <translation>
            <numerusform>لم يُجب الصندوق عن أي طلب تصحيح.</numerusform>
            <numerusform>أجاب الصندوق عن طلب تصحيح واحد: افتحوا بطاقة المنخرط لقراءة الجواب.</numerusform>
            <numerusform>أجاب الصندوق عن طلبَي تصحيح: افتحوا بطاقة المنخرط لقراءة الجواب.</numerusform>
            <numerusform>أجاب الصندوق عن %n طلبات تصحيح: افتحوا بطاقات المنخرطين لقراءة الأجوبة.</numerusform>
            <numerusform>أجاب الصندوق عن %n طلبا للتصحيح: افتحوا بطاقات المنخرطين لقراءة الأجوبة.</numerusform>
            <numerusform>أجاب الصندوق عن %n طلب تصحيح: افتحوا بطاقات المنخرطين لقراءة الأجوبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending correction requests…</source>
        <translation>جارٍ إرسال طلبات التصحيح…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n more in the Dossiers tab.</source>
        <translation>
            <numerusform>لا ملفات أخرى في تبويب الملفات.</numerusform>
            <numerusform>ملف آخر في تبويب الملفات.</numerusform>
            <numerusform>ملفان آخران في تبويب الملفات.</numerusform>
            <numerusform>%n ملفات أخرى في تبويب الملفات.</numerusform>
            <numerusform>%n ملفا آخر في تبويب الملفات.</numerusform>
            <numerusform>%n ملف آخر في تبويب الملفات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today at a glance</source>
        <translation>نظرة عامة على اليوم</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Dossiers of the collectivity</source>
        <translation>ملفات الجماعة</translation>
    </message>
    <message>
        <source>Waiting for certification</source>
        <translation>في انتظار المصادقة</translation>
    </message>
    <message>
        <source>Documents requested by the fund</source>
        <translation>وثائق مطلوبة من الصندوق</translation>
    </message>
    <message>
        <source>Departures in the coming months</source>
        <translation>الإحالات على التقاعد في الأشهر المقبلة</translation>
    </message>
    <message>
        <source>Sending and connection</source>
        <translation>الإرسال والاتصال</translation>
    </message>
    <message>
        <source>No dossier yet. Find an affiliate in the Affiliates tab, then open a dossier from the sheet.</source>
        <translation>لا يوجد أي ملف بعد. ابحث عن منخرط في تبويب المنخرطين، ثم افتح ملفا من بطاقته.</translation>
    </message>
    <message>
        <source>Click to open the dossier</source>
        <translation>انقر لفتح الملف</translation>
    </message>
    <message>
        <source>dossier opened</source>
        <translation>الملف مفتوح</translation>
    </message>
    <message>
        <source>⚠ dossier to open now</source>
        <translation>⚠ ملف يجب فتحه الآن</translation>
    </message>
    <message>
        <source>dossier to open from %1</source>
        <translation>ملف يُفتح ابتداء من %1</translation>
    </message>
    <message>
        <source>No dossier waits for certification.</source>
        <translation>لا يوجد أي ملف في انتظار المصادقة.</translation>
    </message>
    <message>
        <source>The fund has not asked for any document.</source>
        <translation>لم يطلب الصندوق أي وثيقة.</translation>
    </message>
    <message>
        <source>Nobody reaches the age limit in the next %1 months.</source>
        <translation>لا أحد يبلغ حد السن خلال الأشهر %1 المقبلة.</translation>
    </message>
    <message numerus="yes">
        <source>Departures in the coming months (%n dossier(s) to open now)</source>
        <translation>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (لا ملف يجب فتحه الآن)</numerusform>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (ملف واحد يجب فتحه الآن)</numerusform>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (ملفان يجب فتحهما الآن)</numerusform>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (%n ملفات يجب فتحها الآن)</numerusform>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (%n ملفا يجب فتحه الآن)</numerusform>
            <numerusform>الإحالات على التقاعد في الأشهر المقبلة (%n ملف يجب فتحه الآن)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>لا شيء في انتظار الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) waiting to be sent</source>
        <translation>
            <numerusform>لا خطوة في انتظار الإرسال</numerusform>
            <numerusform>خطوة واحدة في انتظار الإرسال</numerusform>
            <numerusform>خطوتان في انتظار الإرسال</numerusform>
            <numerusform>%n خطوات في انتظار الإرسال</numerusform>
            <numerusform>%n خطوة في انتظار الإرسال</numerusform>
            <numerusform>%n خطوة في انتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) paused</source>
        <translation>
            <numerusform>لا خطوة موقوفة مؤقتا</numerusform>
            <numerusform>خطوة واحدة موقوفة مؤقتا</numerusform>
            <numerusform>خطوتان موقوفتان مؤقتا</numerusform>
            <numerusform>%n خطوات موقوفة مؤقتا</numerusform>
            <numerusform>%n خطوة موقوفة مؤقتا</numerusform>
            <numerusform>%n خطوة موقوفة مؤقتا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed: see the Sending tab</source>
        <translation>
            <numerusform>لا خطوة فاشلة</numerusform>
            <numerusform>خطوة واحدة فشلت: انظر تبويب الإرسال</numerusform>
            <numerusform>خطوتان فشلتا: انظر تبويب الإرسال</numerusform>
            <numerusform>%n خطوات فشلت: انظر تبويب الإرسال</numerusform>
            <numerusform>%n خطوة فشلت: انظر تبويب الإرسال</numerusform>
            <numerusform>%n خطوة فشلت: انظر تبويب الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>المحاولة المقبلة: %1</translation>
    </message>
    <message>
        <source>Connection to the platform not checked yet.</source>
        <translation>لم يتم التحقق من الاتصال بالمنصة بعد.</translation>
    </message>
    <message>
        <source>Connected to the platform.</source>
        <translation>متصل بالمنصة.</translation>
    </message>
    <message>
        <source>The platform does not answer: work is kept and sent later.</source>
        <translation>المنصة لا تجيب: العمل محفوظ وسيُرسل لاحقا.</translation>
    </message>
    <message>
        <source>Affiliates list updated: %1</source>
        <translation>آخر تحديث لقائمة المنخرطين: %1</translation>
    </message>
    <message>
        <source>Affiliates list never updated.</source>
        <translation>لم يتم تحديث قائمة المنخرطين قط.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Loadable</source>
        <translation>قابل للتحميل</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>غير مثبت</translation>
    </message>
    <message>
        <source>Wrong architecture</source>
        <translation>بنية غير ملائمة</translation>
    </message>
    <message>
        <source>Does not load</source>
        <translation>لا يُحمَّل</translation>
    </message>
    <message>
        <source>No file at this path.</source>
        <translation>لا يوجد ملف في هذا المسار.</translation>
    </message>
    <message>
        <source>This path is a folder, not a library file.</source>
        <translation>هذا المسار مجلد وليس ملف مكتبة.</translation>
    </message>
    <message>
        <source>It is not a shared library this computer can load (unknown file format).</source>
        <translation>ليست مكتبة مشتركة يستطيع هذا الحاسوب تحميلها (صيغة ملف غير معروفة).</translation>
    </message>
    <message>
        <source>It is a %1 library, made for another operating system; this computer needs %2.</source>
        <translation>إنها مكتبة %1 مصممة لنظام تشغيل آخر؛ هذا الحاسوب يحتاج إلى %2.</translation>
    </message>
    <message>
        <source>It is built for %1 (%2-bit) but Mellaf runs as %3 (%4-bit): install the %4-bit token software.</source>
        <translation>إنها مبنية لـ %1 (%2 بت) بينما يعمل ملف (Mellaf) على %3 (%4 بت): ثبّت برنامج الحامل بنسخة %4 بت.</translation>
    </message>
    <message>
        <source>It does not load (it may be damaged or incomplete): %1</source>
        <translation>لا تُحمَّل (قد تكون تالفة أو ناقصة): %1</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>الرمز السري مقفل</translation>
    </message>
    <message>
        <source>One PIN try left</source>
        <translation>بقيت محاولة واحدة للرمز السري</translation>
    </message>
    <message>
        <source>Few PIN tries left</source>
        <translation>بقيت محاولات قليلة للرمز السري</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Token software (PKCS#11 middleware) found on this computer, the connected tokens and the signing certificate in use. Copy the report for your IT support.</source>
        <translation>برمجيات المفتاح (وسيط PKCS#11) الموجودة على هذا الحاسوب، والمفاتيح الموصولة، وشهادة التوقيع المستعملة. انسخ التقرير لفائدة الدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Token / certificate</source>
        <translation>المفتاح / الشهادة</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>حالة الرمز السري</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <source>Choose the signing certificate…</source>
        <translation>اختيار شهادة التوقيع…</translation>
    </message>
    <message>
        <source>Looking for token software…</source>
        <translation>جارٍ البحث عن برمجيات المفتاح…</translation>
    </message>
    <message>
        <source>Chosen in the settings</source>
        <translation>مختار في الإعدادات</translation>
    </message>
    <message>
        <source>Token software in use: %1</source>
        <translation>برنامج المفتاح المستعمل: %1</translation>
    </message>
    <message>
        <source>No token software could be loaded. Install the token middleware (SafeNet Authentication Client) or set its path in the settings.</source>
        <translation>تعذر تحميل أي برنامج للمفتاح. ثبّت الوسيط الخاص بالمفتاح (SafeNet Authentication Client) أو حدد مساره في الإعدادات.</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>لا يوجد مفتاح</translation>
    </message>
    <message>
        <source>The report is copied.</source>
        <translation>تم نسخ التقرير.</translation>
    </message>
    <message>
        <source>Documents will be signed with the certificate of %1.</source>
        <translation>ستُوقَّع الوثائق بشهادة %1.</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <source>%n file(s) attached to “%1”.</source>
        <translation>
            <numerusform>لم يُرفق أي ملف بـ «%1».</numerusform>
            <numerusform>أُرفق ملف واحد بـ «%1».</numerusform>
            <numerusform>أُرفق ملفان بـ «%1».</numerusform>
            <numerusform>أُرفقت %n ملفات بـ «%1».</numerusform>
            <numerusform>أُرفق %n ملفاً بـ «%1».</numerusform>
            <numerusform>أُرفق %n ملف بـ «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>ملف غير مقبول</translation>
    </message>
    <message>
        <source>These files were not attached; the dossier keeps its other documents:</source>
        <translation>لم تُرفق هذه الملفات؛ ويحتفظ الملف بباقي وثائقه:</translation>
    </message>
    <message>
        <source>Attach PDF files or scanned images (JPEG, PNG, TIFF).</source>
        <translation>أرفق ملفات PDF أو صورًا ممسوحة ضوئيًا (JPEG أو PNG أو TIFF).</translation>
    </message>
    <message>
        <source>Checking and attaching the files…</source>
        <translation>جارٍ فحص الملفات وإرفاقها…</translation>
    </message>
    <message>
        <source>Removing the document…</source>
        <translation>جارٍ حذف الوثيقة…</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>حذف الوثيقة</translation>
    </message>
    <message>
        <source>Remove %1 from the dossier?</source>
        <translation>حذف %1 من الملف؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Signing %1 of %2: %3</source>
        <translation>توقيع %1 من %2: %3</translation>
    </message>
    <message>
        <source>Some documents were not signed</source>
        <translation>لم تُوقَّع بعض الوثائق</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. The dossier stays unsigned until every document is signed:</source>
        <translation>
            <numerusform>لم تُوقَّع أي وثيقة. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
            <numerusform>وُقّعت وثيقة واحدة. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
            <numerusform>وُقّعت وثيقتان. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
            <numerusform>وُقّعت %n وثائق. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
            <numerusform>وُقّعت %n وثيقة. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
            <numerusform>وُقّعت %n وثيقة. يبقى الملف غير موقّع حتى تُوقَّع كل الوثائق:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) signed. A supervisor can now certify the dossier.</source>
        <translation>
            <numerusform>لم تُوقَّع أي وثيقة.</numerusform>
            <numerusform>وُقّعت وثيقة واحدة. يمكن للمشرف الآن المصادقة على الملف.</numerusform>
            <numerusform>وُقّعت وثيقتان. يمكن للمشرف الآن المصادقة على الملف.</numerusform>
            <numerusform>وُقّعت %n وثائق. يمكن للمشرف الآن المصادقة على الملف.</numerusform>
            <numerusform>وُقّعت %n وثيقة. يمكن للمشرف الآن المصادقة على الملف.</numerusform>
            <numerusform>وُقّعت %n وثيقة. يمكن للمشرف الآن المصادقة على الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing the documents…</source>
        <translation>جارٍ توقيع الوثائق…</translation>
    </message>
    <message>
        <source>Long-term validation incomplete</source>
        <translation>التحقق الطويل الأمد غير مكتمل</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) completed. These documents keep their earlier signature:</source>
        <translation>
            <numerusform>لم تُستكمل أي وثيقة. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
            <numerusform>استُكملت وثيقة واحدة. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
            <numerusform>استُكملت وثيقتان. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
            <numerusform>استُكملت %n وثائق. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
            <numerusform>استُكملت %n وثيقة. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
            <numerusform>استُكملت %n وثيقة. تحتفظ هذه الوثائق بتوقيعها السابق:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) now carry long-term validation data.</source>
        <translation>
            <numerusform>لا تحمل أي وثيقة معطيات التحقق الطويل الأمد.</numerusform>
            <numerusform>أصبحت وثيقة واحدة تحمل معطيات التحقق الطويل الأمد.</numerusform>
            <numerusform>أصبحت وثيقتان تحملان معطيات التحقق الطويل الأمد.</numerusform>
            <numerusform>أصبحت %n وثائق تحمل معطيات التحقق الطويل الأمد.</numerusform>
            <numerusform>أصبحت %n وثيقة تحمل معطيات التحقق الطويل الأمد.</numerusform>
            <numerusform>أصبحت %n وثيقة تحمل معطيات التحقق الطويل الأمد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding long-term validation data…</source>
        <translation>جارٍ إضافة معطيات التحقق الطويل الأمد…</translation>
    </message>
    <message>
        <source>The dossier of %1 is certified.</source>
        <translation>تمت المصادقة على ملف %1.</translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation>جارٍ المصادقة…</translation>
    </message>
    <message>
        <source>Certify the dossier</source>
        <translation>المصادقة على الملف</translation>
    </message>
    <message>
        <source>You certify that the signed documents of %1 are complete and correct.</source>
        <translation>أنت تشهد بأن الوثائق الموقّعة في ملف %1 كاملة وصحيحة.</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>صادِق</translation>
    </message>
    <message>
        <source>Your signature token signs the dossier&apos;s cover sheet, which is sent with it.</source>
        <translation>يوقّع مفتاح التوقيع الخاص بك على ورقة إرسال الملف، التي تُرسل معه.</translation>
    </message>
    <message>
        <source>The dossier was returned to its preparer.</source>
        <translation>أُرجع الملف إلى مُعِدّه.</translation>
    </message>
    <message>
        <source>Returning the dossier…</source>
        <translation>جارٍ إرجاع الملف…</translation>
    </message>
    <message>
        <source>The dossier is in the sending queue. It leaves with “Send now” or automatically when the platform answers.</source>
        <translation>الملف في قائمة الإرسال. يُرسل عند الضغط على «أرسل الآن» أو تلقائياً عندما تستجيب المنصة.</translation>
    </message>
    <message>
        <source>Queuing the dossier…</source>
        <translation>جارٍ وضع الملف في قائمة الإرسال…</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>PDF documents and scans (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG *.tif *.tiff)</source>
        <translation>وثائق PDF وصور ممسوحة (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No dossier open. Open one from an affiliate&apos;s sheet or from the Dossiers tab.</source>
        <translation>لا يوجد ملف مفتوح. افتح ملفاً من بطاقة منخرط أو من تبويب «الملفات».</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Sign all documents</source>
        <translation>توقيع كل الوثائق</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>المصادقة</translation>
    </message>
    <message>
        <source>Return with comment…</source>
        <translation>إرجاع مع ملاحظة…</translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation>وضع في قائمة الإرسال</translation>
    </message>
    <message>
        <source>Cover sheet (PDF)…</source>
        <translation>جدول الإرسال (PDF)…</translation>
    </message>
    <message>
        <source>Save the cover sheet (items, pages, SHA-256 of each document, in French and Arabic) followed by the documents, as one PDF for printing or archiving.</source>
        <translation>حفظ جدول الإرسال (الوثائق وعدد الصفحات وبصمة SHA-256 لكل وثيقة، بالفرنسية والعربية) متبوعًا بالوثائق، في ملف PDF واحد للطباعة أو الأرشفة.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>Signature check…</source>
        <translation>فحص التوقيعات…</translation>
    </message>
    <message>
        <source>Long-term validation…</source>
        <translation>التحقق طويل الأمد…</translation>
    </message>
    <message>
        <source>Add revocation data and a timestamp to signed documents (PAdES B-LT), without the token, while the platform and the timestamp service answer.</source>
        <translation>إضافة بيانات الإلغاء وختم زمني إلى الوثائق الموقعة (PAdES B-LT)، دون مفتاح التوقيع، ما دامت المنصة وخدمة الختم الزمني تستجيبان.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Opening the dossier…</source>
        <translation>جارٍ فتح الملف…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Membership no. %1 · opened on %2 by %3</source>
        <translation>رقم الانخراط %1 · فُتح في %2 من طرف %3</translation>
    </message>
    <message>
        <source>Returned by the supervisor — to correct: %1</source>
        <translation>أرجعه المشرف — للتصحيح: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The fund asks for documents:</source>
        <translation>يطلب الصندوق الوثائق التالية:</translation>
    </message>
    <message>
        <source>At the fund: %1</source>
        <translation>لدى الصندوق: %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>المرجع %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mellaf</source>
        <translation>Mellaf (تلقائياً)</translation>
    </message>
    <message>
        <source>The fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Next step: correct what the supervisor asks (replace a document if needed), then sign all the documents again.</source>
        <translation>الخطوة التالية: صحّح ما طلبه المشرف (استبدل وثيقة عند الحاجة)، ثم وقّع كل الوثائق من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>Next step: attach the %n missing required document(s).</source>
        <translation>
            <numerusform>الخطوة التالية: لا توجد وثائق إلزامية ناقصة.</numerusform>
            <numerusform>الخطوة التالية: أرفق الوثيقة الإلزامية الناقصة.</numerusform>
            <numerusform>الخطوة التالية: أرفق الوثيقتين الإلزاميتين الناقصتين.</numerusform>
            <numerusform>الخطوة التالية: أرفق الوثائق الإلزامية الناقصة (%n).</numerusform>
            <numerusform>الخطوة التالية: أرفق الوثائق الإلزامية الناقصة (%n).</numerusform>
            <numerusform>الخطوة التالية: أرفق الوثائق الإلزامية الناقصة (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step: sign all the documents (one PIN entry).</source>
        <translation>الخطوة التالية: وقّع كل الوثائق (بإدخال الرمز السري مرة واحدة).</translation>
    </message>
    <message>
        <source>The preparer has to sign the documents.</source>
        <translation>على المُعِدّ توقيع الوثائق.</translation>
    </message>
    <message>
        <source>Next step: a supervisor checks and certifies the dossier.</source>
        <translation>الخطوة التالية: يراجع المشرف الملف ويصادق عليه.</translation>
    </message>
    <message>
        <source>Next step: check the documents, then certify or return.</source>
        <translation>الخطوة التالية: راجع الوثائق، ثم صادق على الملف أو أرجعه.</translation>
    </message>
    <message>
        <source>Next step: queue the dossier for sending.</source>
        <translation>الخطوة التالية: ضع الملف في قائمة الإرسال.</translation>
    </message>
    <message>
        <source>The dossier waits in the sending queue (Sending tab).</source>
        <translation>الملف ينتظر في قائمة الإرسال (تبويب «الإرسال»).</translation>
    </message>
    <message>
        <source>The fund asks for documents: see its message.</source>
        <translation>يطلب الصندوق وثائق: اطلع على رسالته.</translation>
    </message>
    <message>
        <source>Choose the PDF files to attach</source>
        <translation>اختر ملفات PDF لإرفاقها</translation>
    </message>
</context>
<context>
    <name>DossiersModel</name>
    <message>
        <source>Affiliate</source>
        <translation>المنخرط</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>رقم الانخراط</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>At the fund</source>
        <translation>لدى الصندوق</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
</context>
<context>
    <name>DossiersView</name>
    <message>
        <source>Dossiers of the collectivity</source>
        <translation>ملفات الجماعة</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>To certify</source>
        <translation>للمصادقة</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>للإرسال</translation>
    </message>
    <message>
        <source>At the fund</source>
        <translation>لدى الصندوق</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>إسناده إلي</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Show your colleagues that you work on this dossier now.</source>
        <translation>إعلام زملائك بأنك تعالج هذا الملف الآن.</translation>
    </message>
    <message>
        <source>Release the dossier: nobody is assigned to it any more.</source>
        <translation>تحرير الملف: لن يكون مسنداً إلى أي أحد.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>تصدير XLSX…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>No dossier yet. Find an affiliate, then open a dossier from the sheet.</source>
        <translation>لا توجد ملفات بعد. ابحث عن منخرط، ثم افتح ملفاً من بطاقته.</translation>
    </message>
    <message>
        <source>No dossier in this list.</source>
        <translation>لا يوجد أي ملف في هذه القائمة.</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>المعروض: %1 من %2</translation>
    </message>
    <message>
        <source>⚠ Overdue: %1</source>
        <translation>⚠ متأخرة: %1</translation>
    </message>
    <message>
        <source>Due within 30 days: %1</source>
        <translation>مستحقة خلال 30 يوماً: %1</translation>
    </message>
    <message>
        <source>%1 dossier(s) saved to %2.</source>
        <translation>تم حفظ %1 ملف(ات) في %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No connection to the platform</source>
        <translation>لا يوجد اتصال بالمنصة</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then try again. Your work is kept on this computer; queued dossiers leave when the connection returns.</source>
        <translation>تحقق من كابل الشبكة أو من الويفي، ثم أعد المحاولة. عملك محفوظ على هذا الحاسوب؛ وتُرسل الملفات المنتظرة عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Check your account and password. If your session has expired, sign in again with “Switch user”.</source>
        <translation>تحقق من حسابك وكلمة المرور. إذا انتهت جلستك، سجّل الدخول من جديد عبر «تغيير المستخدم».</translation>
    </message>
    <message>
        <source>The platform has a problem</source>
        <translation>تواجه المنصة مشكلة</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it lasts, call the fund&apos;s support desk.</source>
        <translation>أعد المحاولة بعد دقائق. إذا استمر المشكل، اتصل بمصلحة الدعم لدى الصندوق.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform</source>
        <translation>جواب غير متوقع من المنصة</translation>
    </message>
    <message>
        <source>Mellaf may need an update. Tell your IT support; your work is kept.</source>
        <translation>قد يحتاج البرنامج إلى تحديث. أخبر الدعم المعلوماتي؛ عملك محفوظ.</translation>
    </message>
    <message>
        <source>The platform refused the request</source>
        <translation>رفضت المنصة الطلب</translation>
    </message>
    <message>
        <source>Read the reason, correct the dossier, then try again.</source>
        <translation>اقرأ السبب، وصحّح الملف، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation>خطأ في المنصة</translation>
    </message>
    <message>
        <source>Try again. If it lasts, call the fund&apos;s support desk.</source>
        <translation>أعد المحاولة. إذا استمر المشكل، اتصل بمصلحة الدعم لدى الصندوق.</translation>
    </message>
    <message>
        <source>Token locked</source>
        <translation>المفتاح مقفل</translation>
    </message>
    <message>
        <source>Do not try again: contact the certificate provider (Barid eSign) with your unlock code.</source>
        <translation>لا تُعد المحاولة: اتصل بمزوّد الشهادات (بريد إي ساين) ومعك رمز فك القفل.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز سري خاطئ</translation>
    </message>
    <message>
        <source>Check the PIN carefully before signing again.</source>
        <translation>تحقق جيداً من الرمز السري قبل التوقيع من جديد.</translation>
    </message>
    <message>
        <source>Signing token not found</source>
        <translation>مفتاح التوقيع غير موجود</translation>
    </message>
    <message>
        <source>Plug in your token, wait a few seconds, then sign again.</source>
        <translation>أدخل مفتاحك، وانتظر بضع ثوانٍ، ثم وقّع من جديد.</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>مشكل في الشهادة</translation>
    </message>
    <message>
        <source>Contact your certificate provider or your IT support.</source>
        <translation>اتصل بمزوّد الشهادات أو بالدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>Signing cancelled</source>
        <translation>أُلغي التوقيع</translation>
    </message>
    <message>
        <source>Nothing was changed. Sign again when you are ready.</source>
        <translation>لم يتغير شيء. وقّع من جديد عندما تكون مستعداً.</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>فشل التوقيع</translation>
    </message>
    <message>
        <source>Try again. If it lasts, ask your IT support.</source>
        <translation>أعد المحاولة. إذا استمر المشكل، اطلب مساعدة الدعم المعلوماتي.</translation>
    </message>
    <message>
        <source>File not accepted</source>
        <translation>ملف غير مقبول</translation>
    </message>
    <message>
        <source>Attach a PDF file (scan the paper to PDF if needed). Nothing else was changed.</source>
        <translation>أرفق ملف PDF (امسح الورقة ضوئياً بصيغة PDF عند الحاجة). لم يتغير شيء آخر.</translation>
    </message>
    <message>
        <source>The fund&apos;s request is not answered yet</source>
        <translation>طلب الصندوق لم يُستجب له بعد</translation>
    </message>
    <message>
        <source>Open the dossier: the requested items are marked in the checklist. Attach a new document for each, then sign and certify again.</source>
        <translation>افتح الملف: الوثائق المطلوبة مُعلَّمة في القائمة. أرفق مستندا جديدا لكل منها، ثم وقّع وصادق من جديد.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Ask a colleague who holds the right role.</source>
        <translation>اطلب ذلك من زميل له الدور المناسب.</translation>
    </message>
    <message>
        <source>This cannot be done now</source>
        <translation>لا يمكن القيام بذلك الآن</translation>
    </message>
    <message>
        <source>Refresh the dossier and check its state.</source>
        <translation>حدّث الملف وتحقق من حالته.</translation>
    </message>
    <message>
        <source>The local database has a problem</source>
        <translation>في قاعدة البيانات المحلية مشكل</translation>
    </message>
    <message>
        <source>Close Mellaf and call your IT support before going on.</source>
        <translation>أغلق البرنامج واتصل بالدعم المعلوماتي قبل المتابعة.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>مشكل في الملف</translation>
    </message>
    <message>
        <source>Check that the file exists, is not open elsewhere, and the disk is not full.</source>
        <translation>تحقق من وجود الملف، وأنه غير مفتوح في برنامج آخر، وأن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Mellaf met an unexpected problem. Your saved work is safe; the action was not completed.</source>
        <translation>واجه البرنامج مشكلاً غير متوقع. عملك المحفوظ سليم؛ ولم تكتمل العملية.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the details below to your IT support.</source>
        <translation>أعد المحاولة. إذا تكرر ذلك، أرسل التفاصيل أدناه إلى الدعم المعلوماتي.</translation>
    </message>
</context>
<context>
    <name>EstimateBox</name>
    <message>
        <source>Pension estimate (not a liquidation)</source>
        <translation>تقدير المعاش (ليس تصفية)</translation>
    </message>
    <message>
        <source> MAD</source>
        <translation> درهم</translation>
    </message>
    <message>
        <source>Monthly reference salary</source>
        <translation>الأجر المرجعي الشهري</translation>
    </message>
    <message>
        <source>Monthly reference salary:</source>
        <translation>الأجر المرجعي الشهري:</translation>
    </message>
    <message>
        <source>ESTIMATE: 2.5 % of the reference salary per year of effective service before 2017 and 2 % after (law 71.14), at most 100 %. The reference salary is the average of the last 8 years (to be confirmed by the fund); only the fund liquidates the pension.</source>
        <translation>تقدير: 2,5 % من الأجر المرجعي عن كل سنة خدمة فعلية قبل 2017 و2 % بعدها (القانون 71.14)، في حدود 100 %. الأجر المرجعي هو متوسط أجور السنوات الثماني الأخيرة (يؤكده الصندوق)؛ الصندوق وحده يصفي المعاش.</translation>
    </message>
    <message>
        <source>Type the reference salary to see an estimate.</source>
        <translation>أدخل الأجر المرجعي لرؤية التقدير.</translation>
    </message>
    <message>
        <source>About %1 MAD a month at the age limit (%2 % of the salary).</source>
        <translation>حوالي %1 درهم شهريا عند بلوغ حد السن (%2 % من الأجر).</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export as CSV</source>
        <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
        <source>Export as XLSX</source>
        <translation>تصدير بصيغة XLSX</translation>
    </message>
</context>
<context>
    <name>FactsBar</name>
    <message>
        <source>The checklist depends on:</source>
        <translation>لائحة الوثائق تتوقف على:</translation>
    </message>
</context>
<context>
    <name>FieldChooser</name>
    <message>
        <source>Signature field</source>
        <translation>حقل التوقيع</translation>
    </message>
    <message>
        <source>“%1” already has empty signature fields. Choose where your signature and its stamp go:</source>
        <translation>يحتوي «%1» مسبقا على حقول توقيع فارغة. اختر مكان توقيعك وختمه:</translation>
    </message>
    <message>
        <source>A new stamp on the last page</source>
        <translation>ختم جديد في الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Field “%1” on page %2</source>
        <translation>الحقل «%1» في الصفحة %2</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>الحقل «%1»</translation>
    </message>
    <message>
        <source>Field “%1” (invisible)</source>
        <translation>الحقل «%1» (غير مرئي)</translation>
    </message>
    <message>
        <source>Saving the choice…</source>
        <translation>جار حفظ الاختيار…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Mellaf</source>
        <translation>مرحبا بكم في Mellaf</translation>
    </message>
    <message>
        <source>A few questions before the first sign-in. Choose the language.</source>
        <translation>بعض الأسئلة قبل أول دخول. اختر اللغة.</translation>
    </message>
    <message>
        <source>The sign-in and the whole window use this language once the assistant closes. You can change it later in Settings.</source>
        <translation>تستعمل نافذة الدخول والنافذة كلها هذه اللغة بمجرد إغلاق المساعد. يمكنك تغييرها لاحقا في الإعدادات.</translation>
    </message>
    <message>
        <source>Fund profile</source>
        <translation>ملف تعريف الصندوق</translation>
    </message>
    <message>
        <source>The fund&apos;s platform</source>
        <translation>منصة الصندوق</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Without a connection now you can still go on: the address is tested again at sign-in.</source>
        <translation>حتى بدون اتصال الآن يمكنك المتابعة: سيُختبر العنوان مجددا عند الدخول.</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address first.</source>
        <translation>أدخل عنوان المنصة أولا.</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>جارٍ الاتصال بالمنصة…</translation>
    </message>
    <message>
        <source>✓ The platform answers (API version %1).</source>
        <translation>✓ المنصة تجيب (إصدار الواجهة %1).</translation>
    </message>
    <message>
        <source>This address cannot be used: check how it is written.</source>
        <translation>لا يمكن استعمال هذا العنوان: تحقق من كتابته.</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>تعذر إجراء الاختبار.</translation>
    </message>
    <message>
        <source>✗ No answer: %1</source>
        <translation>✗ لا جواب: %1</translation>
    </message>
    <message>
        <source>Signing token</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>البحث م&amp;جددا</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Looking for the token middleware…</source>
        <translation>جارٍ البحث عن برنامج المفتاح…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>No token middleware was found on this computer. Install the one given with the token (e.g. SafeNet Authentication Client), then Look again, or go on and set it later in the Token tab.</source>
        <translation>لم يُعثر على أي برنامج للمفتاح في هذا الحاسوب. ثبّت البرنامج المرفق بالمفتاح (مثلا SafeNet Authentication Client)، ثم ابحث مجددا، أو تابع واضبطه لاحقا في تبويب المفتاح.</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>المفاتيح: %1</translation>
    </message>
    <message>
        <source>no token connected</source>
        <translation>لا مفتاح موصول</translation>
    </message>
    <message>
        <source>None for now (set it later)</source>
        <translation>لا شيء حاليا (يُضبط لاحقا)</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation>اختيار مكتبة PKCS#11 الخاصة بالمفتاح</translation>
    </message>
    <message>
        <source>Mellaf — first start</source>
        <translation>Mellaf — التشغيل الأول</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Build %1 of %2</source>
        <translation>البناء %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language, platform, signing token, data protection (%1)</source>
        <translation>اللغة، المنصة، مفتاح التوقيع، حماية المعطيات (%1)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <source>Sign out and let another officer sign in</source>
        <translation>تسجيل الخروج ليتمكن موظف آخر من الدخول</translation>
    </message>
    <message>
        <source>● Connection not checked yet</source>
        <translation>● لم يتم التحقق من الاتصال بعد</translation>
    </message>
    <message>
        <source>● Connected to the platform</source>
        <translation>● متصل بالمنصة</translation>
    </message>
    <message>
        <source>● Offline — work is kept and sent later</source>
        <translation>● غير متصل — العمل محفوظ ويُرسل لاحقاً</translation>
    </message>
    <message>
        <source>Updating the affiliates list…</source>
        <translation>جارٍ تحديث لائحة المنخرطين…</translation>
    </message>
    <message>
        <source>Affiliates updated: %1</source>
        <translation>آخر تحديث للمنخرطين: %1</translation>
    </message>
    <message>
        <source>Affiliates never updated</source>
        <translation>لم تُحدَّث لائحة المنخرطين بعد</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Dossier opened</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Dossier consulted</source>
        <translation>الاطلاع على الملف</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>حذف وثيقة</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>توقيع وثيقة</translation>
    </message>
    <message>
        <source>Checklist complete</source>
        <translation>اكتمال قائمة الوثائق</translation>
    </message>
    <message>
        <source>Checklist incomplete again</source>
        <translation>قائمة الوثائق ناقصة من جديد</translation>
    </message>
    <message>
        <source>All documents signed</source>
        <translation>توقيع كل الوثائق</translation>
    </message>
    <message>
        <source>Certified by the supervisor</source>
        <translation>مصادقة المشرف</translation>
    </message>
    <message>
        <source>Returned to the preparer</source>
        <translation>إرجاع إلى المُعِدّ</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>وضع في قائمة الإرسال</translation>
    </message>
    <message>
        <source>Sending started</source>
        <translation>بدء الإرسال</translation>
    </message>
    <message>
        <source>Submitted to the fund</source>
        <translation>إيداع لدى الصندوق</translation>
    </message>
    <message>
        <source>Under review at the fund</source>
        <translation>قيد الدراسة لدى الصندوق</translation>
    </message>
    <message>
        <source>Fund requested documents</source>
        <translation>طلب الصندوق وثائق</translation>
    </message>
    <message>
        <source>Pension granted by the fund</source>
        <translation>تصفية المعاش من طرف الصندوق</translation>
    </message>
    <message>
        <source>Rejected by the fund</source>
        <translation>رفض من طرف الصندوق</translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation>سحب الملف</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>أُلغي الإرسال</translation>
    </message>
    <message>
        <source>Dossier facts changed</source>
        <translation>عُدّلت معطيات الملف</translation>
    </message>
    <message>
        <source>Cover sheet made</source>
        <translation>أُعدّت ورقة الغلاف</translation>
    </message>
    <message>
        <source>Dossier assembled</source>
        <translation>جُمّع الملف</translation>
    </message>
    <message>
        <source>Dossier handed over to a colleague</source>
        <translation>سُلِّم الملف إلى زميل</translation>
    </message>
    <message>
        <source>Dossier imported from a package</source>
        <translation>استُورد الملف من حزمة</translation>
    </message>
    <message>
        <source>Dossier assigned to an officer</source>
        <translation>أُسند الملف إلى موظف</translation>
    </message>
    <message>
        <source>Dossier assignment removed</source>
        <translation>أُلغي إسناد الملف</translation>
    </message>
    <message>
        <source>Dossier list exported</source>
        <translation>صُدِّرت قائمة الملفات</translation>
    </message>
    <message>
        <source>Document pages edited</source>
        <translation>عُدّلت صفحات الوثيقة</translation>
    </message>
    <message>
        <source>Document made smaller</source>
        <translation>صُغّر حجم الوثيقة</translation>
    </message>
    <message>
        <source>Signature field chosen</source>
        <translation>اختيار حقل التوقيع</translation>
    </message>
    <message>
        <source>Signature made long-term</source>
        <translation>جُعل التوقيع طويل الأمد</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>عُلّق الإرسال</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>استُؤنف الإرسال</translation>
    </message>
    <message>
        <source>Sending tried again</source>
        <translation>أُعيدت محاولة الإرسال</translation>
    </message>
    <message>
        <source>Affiliate record consulted</source>
        <translation>اطُّلع على بطاقة المنخرط</translation>
    </message>
    <message>
        <source>Affiliate list consulted or exported</source>
        <translation>الاطلاع على قائمة المنخرطين أو تصديرها</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>طُلب تصحيح</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>أُنشئ الحساب</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>عُدّلت بيانات الحساب</translation>
    </message>
    <message>
        <source>Account details consulted</source>
        <translation>اطُّلع على بيانات الحساب</translation>
    </message>
    <message>
        <source>Local password set</source>
        <translation>حُدّدت كلمة مرور محلية</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>أوقف الحساب</translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation>جُمّد الحساب</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>أعيد تفعيل الحساب</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>حُذف الحساب</translation>
    </message>
    <message>
        <source>Account change taken by the platform</source>
        <translation>قبلت المنصة تعديل الحساب</translation>
    </message>
    <message>
        <source>Account change refused by the platform</source>
        <translation>رفضت المنصة تعديل الحساب</translation>
    </message>
    <message>
        <source>Account added from the platform</source>
        <translation>أُضيف الحساب من المنصة</translation>
    </message>
    <message>
        <source>Account changed at the platform</source>
        <translation>عُدّل الحساب في المنصة</translation>
    </message>
    <message>
        <source>Account deleted at the platform</source>
        <translation>حُذف الحساب في المنصة</translation>
    </message>
    <message>
        <source>New initial password issued</source>
        <translation>أُصدرت كلمة مرور أولية جديدة</translation>
    </message>
    <message>
        <source>Account role changed</source>
        <translation>غُيّر دور الحساب</translation>
    </message>
    <message>
        <source>Designation form exported</source>
        <translation>صُدّرت استمارة التعيين</translation>
    </message>
    <message>
        <source>Offline package exported</source>
        <translation>صُدّرت حزمة دون اتصال</translation>
    </message>
    <message>
        <source>Offline package imported</source>
        <translation>استُوردت حزمة دون اتصال</translation>
    </message>
    <message>
        <source>Offline package refused</source>
        <translation>رُفضت حزمة دون اتصال</translation>
    </message>
    <message>
        <source>Exceptional access requested</source>
        <translation>طُلب ولوج استثنائي</translation>
    </message>
    <message>
        <source>Exceptional access approved</source>
        <translation>قُبل الولوج الاستثنائي</translation>
    </message>
    <message>
        <source>Exceptional access refused</source>
        <translation>رُفض الولوج الاستثنائي</translation>
    </message>
    <message>
        <source>Dossier used under a delegation</source>
        <translation>استُعمل الملف بموجب تفويض</translation>
    </message>
    <message>
        <source>Dossier used under exceptional access</source>
        <translation>استُعمل الملف بموجب ولوج استثنائي</translation>
    </message>
    <message>
        <source>Dossiers delegated</source>
        <translation>فُوّضت الملفات</translation>
    </message>
    <message>
        <source>Delegation ended</source>
        <translation>انتهى التفويض</translation>
    </message>
    <message>
        <source>Personal data purged (retention)</source>
        <translation>حُذفت المعطيات الشخصية (مدة الحفظ)</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>صُدّر سجل التتبع</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in offline</source>
        <translation>تسجيل الدخول دون اتصال</translation>
    </message>
    <message>
        <source>Offline sign-in refused</source>
        <translation>رُفض تسجيل الدخول دون اتصال</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>أُقفلت الشاشة</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>فُتح قفل الشاشة</translation>
    </message>
    <message>
        <source>Unlock refused (wrong password)</source>
        <translation>رُفض فتح القفل (كلمة مرور خاطئة)</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Create the dossier at the fund</source>
        <translation>إنشاء الملف لدى الصندوق</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>إرسال %1</translation>
    </message>
    <message>
        <source>Submit the dossier</source>
        <translation>إيداع الملف</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % من %2</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>المنخرط</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتا</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>المحاولة القادمة</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>آخر مشكل</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Mellaf — locked</source>
        <translation>Mellaf — مقفل</translation>
    </message>
    <message>
        <source>Mellaf is locked</source>
        <translation>Mellaf مقفل</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Enter its password to go on, or switch user: the session is then signed out and nothing of it stays on screen.</source>
        <translation>أُقفلت جلسة %1. أدخل كلمة مروره للمتابعة، أو غيّر المستخدم: تُغلق الجلسة حينئذ ولا يبقى منها شيء على الشاشة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password, or this account may no longer work here. %n try(s) left before the session is signed out.</source>
        <translation>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. لم تبق أي محاولة قبل إغلاق الجلسة.</numerusform>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. تبقى محاولة واحدة قبل إغلاق الجلسة.</numerusform>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. تبقى محاولتان قبل إغلاق الجلسة.</numerusform>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. تبقى %n محاولات قبل إغلاق الجلسة.</numerusform>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. تبقى %n محاولة قبل إغلاق الجلسة.</numerusform>
            <numerusform>كلمة المرور خاطئة، أو ربما لم يعد هذا الحساب صالحًا هنا. تبقى %n محاولة قبل إغلاق الجلسة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Offline you can search the affiliates already on this computer, prepare, sign and certify dossiers, and export offline packages. You cannot update the affiliates list, send dossiers or receive the fund&apos;s answers: dossiers wait in the sending queue until you sign in again online.</source>
        <translation>دون اتصال، يمكنك البحث عن المنخرطين الموجودين على هذا الحاسوب، وإعداد الملفات وتوقيعها والمصادقة عليها، وتصدير حزم دون اتصال. لا يمكنك تحديث لائحة المنخرطين ولا إرسال الملفات ولا تلقي ردود الصندوق: تبقى الملفات في قائمة الإرسال إلى أن تسجّل الدخول من جديد عبر المنصة.</translation>
    </message>
    <message>
        <source>Signed in offline: the platform was not reached.</source>
        <translation>تم تسجيل الدخول دون اتصال: تعذّر الوصول إلى المنصة.</translation>
    </message>
    <message>
        <source>Mellaf — sign in</source>
        <translation>Mellaf — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to the pension platform</source>
        <translation>تسجيل الدخول إلى منصة المعاشات</translation>
    </message>
    <message>
        <source>Choose a demo account…</source>
        <translation>اختر حساباً تجريبياً…</translation>
    </message>
    <message>
        <source>&amp;Demo account:</source>
        <translation>الحساب التجريبي:</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>عنوان المنصة:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in &amp;offline</source>
        <translation>الدخول دون اتصال</translation>
    </message>
    <message>
        <source>Checks your password against the one last accepted online on this computer</source>
        <translation>يتحقق من كلمة المرور بمقارنتها بآخر كلمة مرور قُبلت عبر المنصة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>platform address</source>
        <translation>عنوان المنصة</translation>
    </message>
    <message>
        <source>account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>المرجو ملء: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Checking the password on this computer…</source>
        <translation>جارٍ التحقق من كلمة المرور على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Offline sign-in refused</source>
        <translation>رُفض تسجيل الدخول دون اتصال</translation>
    </message>
    <message>
        <source>The password does not match the one last accepted online on this computer, or this account never signed in online here, or it is suspended.</source>
        <translation>كلمة المرور لا تطابق آخر كلمة مرور قُبلت عبر المنصة على هذا الحاسوب، أو أن هذا الحساب لم يسجّل الدخول عبر المنصة هنا قط، أو أنه موقوف.</translation>
    </message>
    <message>
        <source>Check the password. Otherwise sign in online once the platform answers, or ask your collectivity&apos;s responsible.</source>
        <translation>تحقق من كلمة المرور. وإلا فسجّل الدخول عبر المنصة حين تستجيب، أو اتصل بالمسؤول عن جماعتك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mellaf — pension dossiers</source>
        <translation>Mellaf — ملفات المعاشات</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <source>&amp;Affiliates</source>
        <translation>المنخرطون</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>الملف المفتوح</translation>
    </message>
    <message>
        <source>Se&amp;nding</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>الإحالات على الت&amp;قاعد</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>ال&amp;مفتاح</translation>
    </message>
    <message>
        <source>Updating the affiliates list…</source>
        <translation>جارٍ تحديث لائحة المنخرطين…</translation>
    </message>
    <message>
        <source>Updating the affiliates list: %1 received…</source>
        <translation>جارٍ تحديث لائحة المنخرطين: تم استلام %1…</translation>
    </message>
    <message numerus="yes">
        <source>Affiliates list up to date (%n change(s)).</source>
        <translation>
            <numerusform>لائحة المنخرطين محيّنة (لا تغيير).</numerusform>
            <numerusform>لائحة المنخرطين محيّنة (تغيير واحد).</numerusform>
            <numerusform>لائحة المنخرطين محيّنة (تغييران).</numerusform>
            <numerusform>لائحة المنخرطين محيّنة (%n تغييرات).</numerusform>
            <numerusform>لائحة المنخرطين محيّنة (%n تغييراً).</numerusform>
            <numerusform>لائحة المنخرطين محيّنة (%n تغيير).</numerusform>
        </translation>
    </message>
    <message>
        <source>Affiliates list not updated: no connection. Searching by number still works with the platform when it answers.</source>
        <translation>لم تُحدَّث لائحة المنخرطين: لا يوجد اتصال. البحث بالرقم يستعين بالمنصة عندما تستجيب.</translation>
    </message>
    <message>
        <source>Affiliates list not updated.</source>
        <translation>لم تُحدَّث لائحة المنخرطين.</translation>
    </message>
    <message>
        <source>The platform does not answer. You can keep working; dossiers in the queue leave when the connection returns.</source>
        <translation>المنصة لا تستجيب. يمكنك مواصلة العمل؛ وتُرسل الملفات المنتظرة عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Connection to the platform restored.</source>
        <translation>عاد الاتصال بالمنصة.</translation>
    </message>
    <message>
        <source>The fund updated the dossier of %1: %2.</source>
        <translation>حيّن الصندوق ملف %1: %2.</translation>
    </message>
    <message>
        <source>Pac&amp;kages</source>
        <translation>الح&amp;زم</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>ال&amp;حسابات</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>سجل ال&amp;تتبع</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>The fund accepted the correction of “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>قبل الصندوق تصحيح «%1» للمنخرط رقم %2. تعليقه: %3</translation>
    </message>
    <message>
        <source>The fund refused the correction of “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>رفض الصندوق تصحيح «%1» للمنخرط رقم %2. تعليقه: %3</translation>
    </message>
    <message>
        <source>The fund answered the correction request on “%1” for affiliate no. %2. Its comment: %3</source>
        <translation>ردّ الصندوق على طلب تصحيح «%1» للمنخرط رقم %2. تعليقه: %3</translation>
    </message>
    <message>
        <source>The fund asks for documents for the dossier of %1. Open the dossier, reopen it and add the requested documents.</source>
        <translation>يطلب الصندوق وثائق لملف %1. افتح الملف وأعد فتحه للتعديل ثم أضف الوثائق المطلوبة.</translation>
    </message>
    <message>
        <source>Sending the dossier of %1 stopped: see the reason in the queue, fix it, then choose “Try again”.</source>
        <translation>توقف إرسال ملف %1: اطلع على السبب في قائمة الإرسال، وعالجه، ثم اختر «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The dossier of %1 is now: %2.</source>
        <translation>ملف %1 الآن: %2.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>No news from the fund yet.</source>
        <translation>لا توجد أخبار من الصندوق بعد.</translation>
    </message>
    <message numerus="yes">
        <source>News from the fund (%n unread)</source>
        <translation>
            <numerusform>أخبار الصندوق (لا شيء غير مقروء)</numerusform>
            <numerusform>أخبار الصندوق (خبر واحد غير مقروء)</numerusform>
            <numerusform>أخبار الصندوق (خبران غير مقروءين)</numerusform>
            <numerusform>أخبار الصندوق (%n أخبار غير مقروءة)</numerusform>
            <numerusform>أخبار الصندوق (%n خبرا غير مقروء)</numerusform>
            <numerusform>أخبار الصندوق (%n خبر غير مقروء)</numerusform>
        </translation>
    </message>
    <message>
        <source>This affiliate is not in the list on this computer: update the affiliates list, then search for them.</source>
        <translation>هذا المنخرط غير موجود في القائمة على هذا الحاسوب: حدّث قائمة المنخرطين ثم ابحث عنه.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Please wait</source>
        <translation>المرجو الانتظار</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>سيتوقف بعد المرحلة الجارية…</translation>
    </message>
</context>
<context>
    <name>PackagesView</name>
    <message>
        <source>Offline packages</source>
        <translation>الحزم دون اتصال</translation>
    </message>
    <message>
        <source>Without internet, carry certified dossiers to the kiosk on a USB stick: the package is sealed with your token. At the kiosk, importing it checks the seal, every file and every signature, then queues the dossiers under your account.</source>
        <translation>في غياب الإنترنت، احملوا الملفات المصادق عليها إلى نقطة الخدمة على مفتاح USB: تُختم الحزمة بمفتاحكم الإلكتروني. عند الاستيراد في نقطة الخدمة يُتحقق من الختم ومن كل ملف وكل توقيع، ثم توضع الملفات في قائمة الإرسال باسم حسابكم.</translation>
    </message>
    <message>
        <source>Export certified dossiers…</source>
        <translation>تصدير الملفات المصادق عليها…</translation>
    </message>
    <message>
        <source>Export the affiliate extract…</source>
        <translation>تصدير مستخرج المنخرطين…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>Encrypt the package with a passphrase</source>
        <translation>تشفير الحزمة بعبارة سرية</translation>
    </message>
    <message>
        <source>Whoever finds the USB stick cannot read it. Give the passphrase to the kiosk by another way (by phone, not on the stick).</source>
        <translation>من يجد مفتاح USB لا يستطيع قراءتها. أبلغ العبارة السرية إلى نقطة الخدمة بوسيلة أخرى (بالهاتف، لا على المفتاح).</translation>
    </message>
    <message>
        <source>Passphrase (12 characters or more)</source>
        <translation>العبارة السرية (12 حرفًا أو أكثر)</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>العبارة السرية مرة أخرى</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Mellaf packages (*.mellaf)</source>
        <translation>حزم ملف (*.mellaf)</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>يجب أن تتكون العبارة السرية من %1 حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>العبارتان السريتان مختلفتان.</translation>
    </message>
    <message>
        <source>Package number %1 written to %2 (%3 item(s)).</source>
        <translation>كُتبت الحزمة رقم %1 في %2 (%3 عنصر).</translation>
    </message>
    <message>
        <source>Encrypted package</source>
        <translation>حزمة مشفّرة</translation>
    </message>
    <message>
        <source>This package is encrypted. Its passphrase:</source>
        <translation>هذه الحزمة مشفّرة. عبارتها السرية:</translation>
    </message>
    <message>
        <source>Package number %1 imported: %2 dossier(s) queued.</source>
        <translation>استُوردت الحزمة رقم %1: وُضع %2 ملف في قائمة الإرسال.</translation>
    </message>
    <message>
        <source>Package number %1 imported: %2 affiliate(s).</source>
        <translation>استُوردت الحزمة رقم %1: %2 منخرط.</translation>
    </message>
</context>
<context>
    <name>PageEditor</name>
    <message>
        <source>Pages of %1</source>
        <translation>صفحات %1</translation>
    </message>
    <message>
        <source>Drag the pages to put them in order; turn or remove the selected page. Saving makes a new copy: the file as attached stays in the dossier&apos;s history.</source>
        <translation>اسحب الصفحات لترتيبها؛ دوّر الصفحة المختارة أو احذفها. الحفظ ينشئ نسخة جديدة: يبقى الملف كما أُرفق في سجل الملف.</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>تدوير إلى اليسار</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>تدوير إلى اليمين</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>حذف الصفحة</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Page %1 turned by %2° — saved when you click Save.</source>
        <translation>الصفحة %1 مُدارة بـ %2° — يُحفظ ذلك عند النقر على حفظ.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Attach every required document first.</source>
        <translation>أرفق أولاً كل الوثائق الإلزامية.</translation>
    </message>
    <message>
        <source>The documents are already signed.</source>
        <translation>الوثائق موقّعة من قبل.</translation>
    </message>
    <message>
        <source>The preparer must sign all the documents first.</source>
        <translation>يجب على المُعِدّ أولاً توقيع كل الوثائق.</translation>
    </message>
    <message>
        <source>This dossier is already certified.</source>
        <translation>تمت المصادقة على هذا الملف من قبل.</translation>
    </message>
    <message>
        <source>A supervisor must certify the dossier first.</source>
        <translation>يجب أن يصادق المشرف على الملف أولاً.</translation>
    </message>
    <message>
        <source>This dossier is already queued or sent.</source>
        <translation>هذا الملف في قائمة الإرسال أو أُرسل من قبل.</translation>
    </message>
    <message>
        <source>Not possible in the dossier&apos;s current state.</source>
        <translation>غير ممكن في الحالة الحالية للملف.</translation>
    </message>
    <message>
        <source>Only the preparer signs the documents.</source>
        <translation>المُعِدّ وحده يوقّع الوثائق.</translation>
    </message>
    <message>
        <source>Only a supervisor (certifier) can certify or return a dossier.</source>
        <translation>المشرف (المصادِق) وحده يمكنه المصادقة على الملف أو إرجاعه.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>دورك لا يسمح بهذه العملية.</translation>
    </message>
    <message>
        <source>This dossier belongs to another collectivity.</source>
        <translation>هذا الملف تابع لجماعة أخرى.</translation>
    </message>
    <message>
        <source>You prepared this dossier: another supervisor must certify it.</source>
        <translation>أنت من أعدّ هذا الملف: يجب أن يصادق عليه مشرف آخر.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Signing token PIN</source>
        <translation>الرمز السري لمفتاح التوقيع</translation>
    </message>
    <message>
        <source>Enter the PIN of your signing token. It is asked once for all the documents.</source>
        <translation>أدخل الرمز السري لمفتاح التوقيع. يُطلب مرة واحدة لكل الوثائق.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>الرقم التسلسلي:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This token&apos;s PIN is locked after too many wrong tries. It cannot sign. Contact the certificate provider (Barid eSign) with your unlock code.</source>
        <translation>الرمز السري لهذا المفتاح مقفل بعد محاولات خاطئة كثيرة، ولا يمكنه التوقيع. اتصل بمزوّد الشهادات (بريد إي ساين) ومعك رمز فك القفل.</translation>
    </message>
    <message>
        <source>Warning: only ONE try is left. A wrong PIN now locks the token. Check the PIN before typing it.</source>
        <translation>تنبيه: بقيت محاولة واحدة فقط. رمز خاطئ الآن سيُقفل المفتاح. تحقق من الرمز قبل كتابته.</translation>
    </message>
    <message>
        <source>Warning: a wrong PIN was entered before; few tries are left before the token locks.</source>
        <translation>تنبيه: أُدخل رمز خاطئ من قبل؛ بقيت محاولات قليلة قبل قفل المفتاح.</translation>
    </message>
    <message>
        <source>Type the PIN on the keypad of the reader of %1.</source>
        <translation>اكتب الرمز السري على لوحة مفاتيح قارئ %1.</translation>
    </message>
</context>
<context>
    <name>PlannerModel</name>
    <message>
        <source>Opened</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>None — due now</source>
        <translation>لا يوجد — يجب فتحه الآن</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>حد السن</translation>
    </message>
    <message>
        <source>Dossier from</source>
        <translation>الملف ابتداء من</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Membership no.</source>
        <translation>رقم الانخراط</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>الهيئة</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Departures at the age limit</source>
        <translation>الإحالات على التقاعد عند بلوغ حد السن</translation>
    </message>
    <message>
        <source>Coming months:</source>
        <translation>الأشهر المقبلة:</translation>
    </message>
    <message>
        <source>Horizon in months</source>
        <translation>المدة بالأشهر</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>تصدير XLSX…</translation>
    </message>
    <message>
        <source>Listing departures…</source>
        <translation>جارٍ إعداد لائحة الإحالات…</translation>
    </message>
    <message>
        <source>%1 departure(s); %2 dossier(s) due and not opened.</source>
        <translation>%1 إحالة؛ %2 ملف(ات) حان وقت فتحها ولم تفتح بعد.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>تم الحفظ في %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>PortfolioFilters</name>
    <message>
        <source>All open dossiers</source>
        <translation>كل الملفات الجارية</translation>
    </message>
    <message>
        <source>Archive (closed dossiers)</source>
        <translation>الأرشيف (الملفات المغلقة)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>الموظف:</translation>
    </message>
    <message>
        <source>Dossiers this officer prepares or is assigned to.</source>
        <translation>الملفات التي يعدّها هذا الموظف أو المسندة إليه.</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>الأجل:</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>كل الآجال</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>مستحقة خلال 30 يوماً</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>مستحقة لاحقاً</translation>
    </message>
    <message>
        <source>Search: membership no., PPR or name</source>
        <translation>بحث: رقم الانخراط أو رقم التأجير أو الاسم</translation>
    </message>
    <message>
        <source>Search the dossiers</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>غير مسندة</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>الأجل قريب: %1</translation>
    </message>
    <message>
        <source>No due date: only age-limit dossiers have one.</source>
        <translation>لا أجل: الأجل خاص بملفات حد السن فقط.</translation>
    </message>
    <message>
        <source>Age limit on %1; the dossier is due by %2 (the fund&apos;s lead time before the limit).</source>
        <translation>بلوغ حد السن في %1؛ يجب إنجاز الملف قبل %2 (المهلة التي يحددها الصندوق قبل حد السن).</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>المُعِدّ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسند إلى</translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message>
        <source>Saving the pages…</source>
        <translation>جارٍ حفظ الصفحات…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) left as they are: %1.</source>
        <translation>
            <numerusform>لم تُترك أي صورة على حالها: %1.</numerusform>
            <numerusform>تُركت صورة واحدة على حالها: %1.</numerusform>
            <numerusform>تُركت صورتان على حالهما: %1.</numerusform>
            <numerusform>تُركت %n صور على حالها: %1.</numerusform>
            <numerusform>تُركت %n صورة على حالها: %1.</numerusform>
            <numerusform>تُركت %n صورة على حالها: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reducing the size…</source>
        <translation>جارٍ تصغير الحجم…</translation>
    </message>
    <message>
        <source>Before: %1 · after: %2 (limit: %3).</source>
        <translation>قبل: %1 · بعد: %2 (الحد: %3).</translation>
    </message>
    <message>
        <source>Reduce the size</source>
        <translation>تصغير الحجم</translation>
    </message>
    <message>
        <source>This document has no scanned image that can be reduced further.</source>
        <translation>لا تحتوي هذه الوثيقة على صورة ممسوحة يمكن تصغيرها أكثر.</translation>
    </message>
    <message>
        <source>Scanned pages can be brought down to a readable resolution. Replace the document with the smaller copy?</source>
        <translation>يمكن خفض دقة الصفحات الممسوحة إلى دقة مقروءة. هل تريد استبدال الوثيقة بالنسخة الأصغر؟</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Measuring the reduced size…</source>
        <translation>جارٍ حساب الحجم بعد التصغير…</translation>
    </message>
    <message>
        <source>Save the cover sheet and documents</source>
        <translation>حفظ جدول الإرسال والوثائق</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>وثائق PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>حُفظ %1 (لا صفحات).</numerusform>
            <numerusform>حُفظ %1 (صفحة واحدة).</numerusform>
            <numerusform>حُفظ %1 (صفحتان).</numerusform>
            <numerusform>حُفظ %1 (%n صفحات).</numerusform>
            <numerusform>حُفظ %1 (%n صفحة).</numerusform>
            <numerusform>حُفظ %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cover sheet and the package…</source>
        <translation>جارٍ إعداد جدول الإرسال والملف الكامل…</translation>
    </message>
    <message>
        <source>Updating the checklist…</source>
        <translation>جارٍ تحديث لائحة الوثائق…</translation>
    </message>
</context>
<context>
    <name>QueueSender</name>
    <message>
        <source>Sending the dossiers to the fund…</source>
        <translation>جارٍ إرسال الملفات إلى الصندوق…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Sending to the fund</source>
        <translation>الإرسال إلى الصندوق</translation>
    </message>
    <message>
        <source>Certified dossiers wait here until the platform has received them. Nothing is lost if the connection drops: sending resumes where it stopped.</source>
        <translation>تنتظر الملفات المصادق عليها هنا حتى تستلمها المنصة. لا يضيع شيء إذا انقطع الاتصال: يُستأنف الإرسال من حيث توقف.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>Refresh the statuses</source>
        <translation>تحديث الحالات</translation>
    </message>
    <message>
        <source>Ask the fund where each sent dossier stands</source>
        <translation>الاستفسار لدى الصندوق عن مآل كل ملف مُرسل</translation>
    </message>
    <message>
        <source>Nothing to send. A certified dossier appears here after “Queue for sending”.</source>
        <translation>لا شيء للإرسال. يظهر الملف المصادق عليه هنا بعد «وضع في قائمة الإرسال».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Hold the selected dossier in the queue</source>
        <translation>إبقاء الملف المحدد في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Try the selected dossier&apos;s waiting or failed steps now</source>
        <translation>إعادة تنفيذ الخطوات المنتظرة أو الفاشلة للملف المحدد الآن</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <source>Take the selected dossier out of the queue (possible until its submission)</source>
        <translation>سحب الملف المحدد من قائمة الإرسال (ممكن إلى حين إيداعه)</translation>
    </message>
    <message>
        <source>Take this dossier out of the queue? It stays certified and can be queued again later. Nothing already received by the fund is lost.</source>
        <translation>هل تريد سحب هذا الملف من قائمة الإرسال؟ يبقى مصادقا عليه ويمكن إعادته إلى القائمة لاحقا. لا يضيع شيء مما توصل به الصندوق.</translation>
    </message>
    <message>
        <source>Take it out</source>
        <translation>سحبه</translation>
    </message>
    <message>
        <source>Offline: the platform does not answer. You can keep working; the queue is kept and leaves by itself when the platform answers again.</source>
        <translation>غير متصل: المنصة لا تجيب. يمكنك مواصلة العمل؛ قائمة الإرسال محفوظة وتنطلق تلقائيا عندما تجيب المنصة من جديد.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>لا شيء ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>Sending %1 (%2 of %3)</source>
        <translation>إرسال %1 (%2 من %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>لم تنجز أي مرحلة</numerusform>
            <numerusform>أُنجزت مرحلة واحدة</numerusform>
            <numerusform>أُنجزت مرحلتان</numerusform>
            <numerusform>أُنجزت %n مراحل</numerusform>
            <numerusform>أُنجزت %n مرحلة</numerusform>
            <numerusform>أُنجزت %n مرحلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا شيء في الانتظار</numerusform>
            <numerusform>واحدة في الانتظار</numerusform>
            <numerusform>اثنتان في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the platform: the dossiers stay in the queue and leave when it answers again.</source>
        <translation>لا يوجد اتصال بالمنصة: تبقى الملفات في قائمة الإرسال وتُرسل عندما تستجيب من جديد.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the dossier to the preparer</source>
        <translation>إرجاع الملف إلى المُعِدّ</translation>
    </message>
    <message>
        <source>Say what the preparer must correct in the dossier of %1. The signatures are removed; the preparer signs again after correcting.</source>
        <translation>اذكر ما يجب على المُعِدّ تصحيحه في ملف %1. تُحذف التوقيعات، ويوقّع المُعِدّ من جديد بعد التصحيح.</translation>
    </message>
    <message>
        <source>For example: the statement of services is not signed.</source>
        <translation>مثلاً: بيان الخدمات غير موقّع.</translation>
    </message>
    <message>
        <source>Return the dossier</source>
        <translation>إرجاع الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Preparer</source>
        <translation>مُعِدّ الملفات</translation>
    </message>
    <message>
        <source>Supervisor (certifier)</source>
        <translation>مشرف (مصادِق)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>شباك الاستقبال</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Find an affiliate</source>
        <translation>البحث عن منخرط</translation>
    </message>
    <message>
        <source>Membership no., PPR, CIN or name</source>
        <translation>رقم الانخراط أو رقم التأجير أو البطاقة الوطنية أو الاسم</translation>
    </message>
    <message>
        <source>Search an affiliate</source>
        <translation>البحث عن منخرط</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Type a membership number, a PPR, a CIN or part of a name, then press Enter.</source>
        <translation>اكتب رقم الانخراط أو رقم التأجير أو رقم البطاقة الوطنية أو جزءاً من الاسم، ثم اضغط على Entrée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No affiliate of your collectivity matches “%1”. Check the number, or wait for the affiliates list to finish updating.</source>
        <translation>لا يوجد منخرط من جماعتك يطابق «%1». تحقق من الرقم، أو انتظر انتهاء تحديث لائحة المنخرطين.</translation>
    </message>
    <message>
        <source>The platform could not be asked (no connection): only the affiliates already on this computer were searched.</source>
        <translation>تعذّر الاستفسار لدى المنصة (لا يوجد اتصال): شمل البحث المنخرطين المسجلين على هذا الحاسوب فقط.</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliate(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي منخرط.</numerusform>
            <numerusform>عُثر على منخرط واحد.</numerusform>
            <numerusform>عُثر على منخرطَين.</numerusform>
            <numerusform>عُثر على %n منخرطين.</numerusform>
            <numerusform>عُثر على %n منخرطاً.</numerusform>
            <numerusform>عُثر على %n منخرط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>غير محيَّن</translation>
    </message>
    <message>
        <source>Confirmed by the platform recently</source>
        <translation>أكدته المنصة مؤخرا</translation>
    </message>
    <message>
        <source>Not confirmed by the platform for more than %1 days: this record may be out of date. Update the affiliates list.</source>
        <translation>لم تؤكده المنصة منذ أكثر من %1 يوما: قد لا تكون هذه البطاقة محيَّنة. حيِّنوا قائمة المنخرطين.</translation>
    </message>
    <message>
        <source>The affiliates list was never fully updated: results may be partial.</source>
        <translation>لم يتم تحيين لائحة المنخرطين كاملة قط: قد تكون النتائج ناقصة.</translation>
    </message>
    <message>
        <source>The affiliates list was last updated on %1, more than %2 days ago: these records may be out of date.</source>
        <translation>آخر تحيين للائحة المنخرطين كان بتاريخ %1، منذ أكثر من %2 يوما: قد لا تكون هذه البطاقات محينة.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Signing token</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>حماية المعطيات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language of the interface. Arabic mirrors the whole window. The new language applies at the next start of Mellaf.</source>
        <translation>لغة الواجهة. العربية تقلب اتجاه النافذة كلها. تُطبق اللغة الجديدة عند التشغيل المقبل لـ Mellaf.</translation>
    </message>
    <message>
        <source>&amp;Fund profile</source>
        <translation>ملف تعريف ال&amp;صندوق</translation>
    </message>
    <message>
        <source>The fund&apos;s rules and checklists Mellaf follows (e.g. cmr for the CMR).</source>
        <translation>قواعد الصندوق ولوائح الوثائق التي يتبعها Mellaf (مثلا cmr للصندوق المغربي للتقاعد).</translation>
    </message>
    <message>
        <source>Platform &amp;address</source>
        <translation>&amp;عنوان المنصة</translation>
    </message>
    <message>
        <source>Address of the fund&apos;s platform, for example https://e-retraite.example/api/v1. Applies at the next sign-in.</source>
        <translation>عنوان منصة الصندوق، مثلا https://e-retraite.example/api/v1. يُطبق عند الدخول المقبل.</translation>
    </message>
    <message>
        <source>Status refresh (seconds)</source>
        <translation>تحديث الحالات (بالثواني)</translation>
    </message>
    <message>
        <source>How often Mellaf asks the fund for the state of sent dossiers.</source>
        <translation>عدد المرات التي يسأل فيها Mellaf الصندوق عن حالة الملفات المرسلة.</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>آخر حساب</translation>
    </message>
    <message>
        <source>Account proposed at the next sign-in.</source>
        <translation>الحساب المقترح عند الدخول المقبل.</translation>
    </message>
    <message>
        <source>Signing &amp;with</source>
        <translation>التوقيع &amp;بواسطة</translation>
    </message>
    <message>
        <source>A hardware token for real signatures; a software certificate only for the demo and training.</source>
        <translation>مفتاح مادي للتوقيعات الحقيقية؛ وشهادة برمجية للعرض التجريبي والتكوين فقط.</translation>
    </message>
    <message>
        <source>Token &amp;middleware</source>
        <translation>&amp;برنامج المفتاح</translation>
    </message>
    <message>
        <source>File of the token&apos;s PKCS#11 library (e.g. SafeNet&apos;s eTPKCS11.dll). Empty: Mellaf looks in the usual places.</source>
        <translation>ملف مكتبة PKCS#11 الخاصة بالمفتاح (مثلا eTPKCS11.dll من SafeNet). فارغ: يبحث Mellaf في الأماكن المعتادة.</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>اسم المفتاح</translation>
    </message>
    <message>
        <source>Name of the token to use when several are connected.</source>
        <translation>اسم المفتاح المستعمل عند وصل عدة مفاتيح.</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>اسم مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Name of the signing key on the token. Empty: the only one.</source>
        <translation>اسم مفتاح التوقيع على الحامل. فارغ: المفتاح الوحيد.</translation>
    </message>
    <message>
        <source>Token serial number</source>
        <translation>الرقم التسلسلي للمفتاح</translation>
    </message>
    <message>
        <source>Serial number of the token to use. Empty: any token.</source>
        <translation>الرقم التسلسلي للمفتاح المستعمل. فارغ: أي مفتاح.</translation>
    </message>
    <message>
        <source>Certificate label</source>
        <translation>اسم الشهادة</translation>
    </message>
    <message>
        <source>The signing certificate chosen in the Token tab (Choose the signing certificate…).</source>
        <translation>شهادة التوقيع المختارة في تبويب المفتاح (اختيار شهادة التوقيع…).</translation>
    </message>
    <message>
        <source>Name in Arabic on the stamp</source>
        <translation>الاسم بالعربية على الختم</translation>
    </message>
    <message>
        <source>The signer&apos;s name in Arabic letters, shown on the visible signature.</source>
        <translation>اسم الموقّع بالحروف العربية، يظهر على التوقيع المرئي.</translation>
    </message>
    <message>
        <source>Role on the stamp</source>
        <translation>الصفة على الختم</translation>
    </message>
    <message>
        <source>The signer&apos;s role shown on the visible signature.</source>
        <translation>صفة الموقّع التي تظهر على التوقيع المرئي.</translation>
    </message>
    <message>
        <source>Software certificate file</source>
        <translation>ملف الشهادة البرمجية</translation>
    </message>
    <message>
        <source>PKCS#12 file used by the software signing (demo, training).</source>
        <translation>ملف PKCS#12 المستعمل في التوقيع البرمجي (العرض التجريبي، التكوين).</translation>
    </message>
    <message>
        <source>Signature level</source>
        <translation>مستوى التوقيع</translation>
    </message>
    <message>
        <source>PAdES level of the signatures; B-T and B-LT need a timestamp service.</source>
        <translation>مستوى PAdES للتوقيعات؛ يتطلب B-T وB-LT خدمة للختم الزمني.</translation>
    </message>
    <message>
        <source>Timestamp service address</source>
        <translation>عنوان خدمة الختم الزمني</translation>
    </message>
    <message>
        <source>Address of the timestamp service (needed for B-T and B-LT).</source>
        <translation>عنوان خدمة الختم الزمني (ضروري لـ B-T وB-LT).</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>القفل بعد الخمول (بالدقائق)</translation>
    </message>
    <message>
        <source>Hide the window after this many minutes without use (0: never). Applies at the next start.</source>
        <translation>إخفاء النافذة بعد هذا العدد من الدقائق دون استعمال (0: أبدا). يُطبق عند التشغيل المقبل.</translation>
    </message>
    <message>
        <source>Keep documents (days)</source>
        <translation>الاحتفاظ بالوثائق (بالأيام)</translation>
    </message>
    <message>
        <source>Documents are deleted this many days after the fund acknowledged the dossier.</source>
        <translation>تُحذف الوثائق بعد هذا العدد من الأيام من إشعار الصندوق بتسلم الملف.</translation>
    </message>
    <message>
        <source>Kiosk: delete a commune&apos;s data once acknowledged</source>
        <translation>شباك الاستقبال: حذف معطيات الجماعة بعد إشعار التسلم</translation>
    </message>
    <message>
        <source>On a computer shared by several communes, delete each commune&apos;s data as soon as the fund acknowledged it.</source>
        <translation>في حاسوب تتقاسمه عدة جماعات، تُحذف معطيات كل جماعة بمجرد إشعار الصندوق بتسلمها.</translation>
    </message>
    <message>
        <source>Trusted roots for offline packages</source>
        <translation>شهادات الجذر الموثوقة للحزم غير المتصلة</translation>
    </message>
    <message>
        <source>Extra root certificate files (PEM) that may sign offline packages, separated by &apos;;&apos;.</source>
        <translation>ملفات شهادات جذر إضافية (PEM) يمكنها توقيع الحزم غير المتصلة، مفصولة بـ «;».</translation>
    </message>
    <message>
        <source>Arabic — العربية</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French — Français</source>
        <translation>الفرنسية — Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية — English</translation>
    </message>
    <message>
        <source>Hardware token (PKCS#11)</source>
        <translation>مفتاح مادي (PKCS#11)</translation>
    </message>
    <message>
        <source>Software certificate (demo and training only)</source>
        <translation>شهادة برمجية (للعرض التجريبي والتكوين فقط)</translation>
    </message>
    <message>
        <source>The fund profile&apos;s level</source>
        <translation>مستوى ملف تعريف الصندوق</translation>
    </message>
    <message>
        <source>%1: enter a whole number, for example 10.</source>
        <translation>%1: أدخل عددا صحيحا، مثلا 10.</translation>
    </message>
    <message>
        <source>%1: the number cannot be negative.</source>
        <translation>%1: لا يمكن أن يكون العدد سالبا.</translation>
    </message>
    <message>
        <source>%1: enter an address that starts with https:// (or http://).</source>
        <translation>%1: أدخل عنوانا يبدأ بـ https://‎ (أو http://‎).</translation>
    </message>
    <message>
        <source>%1: no file at this path. Choose an existing file with Browse…</source>
        <translation>%1: لا يوجد ملف في هذا المسار. اختر ملفا موجودا بواسطة تصفح…</translation>
    </message>
    <message>
        <source>%1: choose one of the proposed values.</source>
        <translation>%1: اختر إحدى القيم المقترحة.</translation>
    </message>
    <message>
        <source>%1: this value is not accepted.</source>
        <translation>%1: هذه القيمة غير مقبولة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>تصفح…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Only the administrator changes these settings.</source>
        <translation>المتصرف وحده يغير هذه الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>جارٍ التحقق والحفظ…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n value(s) marked in red.</source>
        <translation>
            <numerusform>لم يُحفظ أي شيء.</numerusform>
            <numerusform>لم يُحفظ أي شيء: صحح القيمة المعلمة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ أي شيء: صحح القيمتين المعلمتين بالأحمر.</numerusform>
            <numerusform>لم يُحفظ أي شيء: صحح القيم %n المعلمة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ أي شيء: صحح القيم %n المعلمة بالأحمر.</numerusform>
            <numerusform>لم يُحفظ أي شيء: صحح القيم %n المعلمة بالأحمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Your language applies at your next sign-in.</source>
        <translation>حُفظت الإعدادات. تُطبَّق لغتك عند تسجيل دخولك القادم.</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies at the next start.</source>
        <translation>حُفظت الإعدادات. تُطبق اللغة الجديدة عند التشغيل المقبل.</translation>
    </message>
    <message>
        <source>Settings saved. Some changes apply at the next sign-in or the next start.</source>
        <translation>حُفظت الإعدادات. تُطبق بعض التغييرات عند الدخول المقبل أو التشغيل المقبل.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
</context>
<context>
    <name>SignDocuments</name>
    <message>
        <source>Sign the documents</source>
        <translation>توقيع الوثائق</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) will be signed with your token; the PIN is asked once, next. Where a form already has empty signature fields, choose where your signature goes.</source>
        <translation>
            <numerusform>لا توجد وثيقة للتوقيع بمفتاح التوقيع؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
            <numerusform>ستُوقَّع وثيقة واحدة بمفتاح التوقيع الخاص بك؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
            <numerusform>ستُوقَّع وثيقتان بمفتاح التوقيع الخاص بك؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
            <numerusform>ستُوقَّع %n وثائق بمفتاح التوقيع الخاص بك؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
            <numerusform>ستُوقَّع %n وثيقة بمفتاح التوقيع الخاص بك؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
            <numerusform>ستُوقَّع %n وثيقة بمفتاح التوقيع الخاص بك؛ يُطلب الرمز السري مرة واحدة بعد ذلك. إذا كانت في استمارة حقول توقيع فارغة، فاختر أين يوضع توقيعك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Signature goes</source>
        <translation>مكان التوقيع</translation>
    </message>
    <message>
        <source>Signature field of %1</source>
        <translation>حقل التوقيع في %1</translation>
    </message>
    <message>
        <source>Continue to the PIN</source>
        <translation>المتابعة إلى الرمز السري</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SignatureReport</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation>%1: غير موقعة</translation>
    </message>
    <message>
        <source>%1: the report cannot be read</source>
        <translation>%1: تعذرت قراءة التقرير</translation>
    </message>
    <message>
        <source>can be sent</source>
        <translation>يمكن إرسالها</translation>
    </message>
    <message>
        <source>must NOT be sent</source>
        <translation>يجب ألا تُرسَل</translation>
    </message>
    <message>
        <source>  %1 by %2, %3, level %4</source>
        <translation>  %1 من طرف %2، %3، المستوى %4</translation>
    </message>
    <message>
        <source>    intact: %1, valid: %2, trusted: %3; covers: %4</source>
        <translation>    سليم: %1، صالح: %2، موثوق: %3؛ يغطي: %4</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>فحص التوقيعات</translation>
    </message>
    <message>
        <source>Signature check of the dossier of %1</source>
        <translation>فحص توقيعات ملف %1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Signing token</source>
        <translation>مفتاح التوقيع</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Created at the fund</source>
        <translation>أُنشئ لدى الصندوق</translation>
    </message>
    <message>
        <source>Received by the fund</source>
        <translation>توصّل به الصندوق</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>وثائق مطلوبة</translation>
    </message>
    <message>
        <source>Pension granted</source>
        <translation>صُفّي المعاش</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Being prepared</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Complete, to sign</source>
        <translation>كامل، للتوقيع</translation>
    </message>
    <message>
        <source>Signed, to certify</source>
        <translation>موقّع، للمصادقة</translation>
    </message>
    <message>
        <source>Certified, to send</source>
        <translation>مصادق عليه، للإرسال</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Sent to the fund</source>
        <translation>أُرسل إلى الصندوق</translation>
    </message>
    <message>
        <source>Under review at the fund</source>
        <translation>قيد الدراسة لدى الصندوق</translation>
    </message>
    <message>
        <source>Documents requested by the fund</source>
        <translation>وثائق مطلوبة من الصندوق</translation>
    </message>
    <message>
        <source>Pension granted</source>
        <translation>صُفّي المعاش</translation>
    </message>
    <message>
        <source>Rejected by the fund</source>
        <translation>رفضه الصندوق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
</context>
</TS>
