/**
 * Data tables the lexicon composes from: real name parts, places and topic words. Small on
 * purpose: the long tail comes from composing them (lexicon.ts), not from these lists.
 */

export const arabicGivenNames = [
  'سالم', 'محمد', 'أحمد', 'سعيد', 'ناصر', 'حمود', 'خالد', 'علي', 'يوسف', 'إبراهيم', 'عبد الله', 'هلال', 'سيف',
  'راشد', 'خلفان', 'موسى', 'سليمان', 'حمد', 'مبارك', 'عيسى', 'إسماعيل', 'مصطفى', 'عمر', 'عثمان', 'حسن', 'حسين',
  'طالب', 'بدر', 'فهد', 'ماجد', 'زاهر', 'عامر', 'منصور', 'جمعة', 'مسعود', 'عبد الرحمن', 'عبد العزيز', 'عبد الملك',
  'أنور', 'أسامة', 'إدريس', 'أيوب', 'يحيى', 'مرتضى', 'مصطفى', 'فاطمة', 'مريم', 'عائشة', 'ليلى', 'سلمى', 'هدى',
  'منى', 'أسماء', 'زينب', 'خديجة', 'رقية', 'سعاد', 'نورة', 'شيخة', 'آمنة', 'بشرى', 'ثريا', 'رحمة', 'سمية', 'وفاء',
];

export const omaniFamilies = [
  'السيابي', 'الكندي', 'الحارثي', 'البوسعيدي', 'الرواحي', 'الهنائي', 'السالمي', 'الخليلي', 'المعشني', 'البلوشي',
  'الغافري', 'العبري', 'الشكيلي', 'الراشدي', 'الحجري', 'الكلباني', 'المحروقي', 'الزدجالي', 'الإسماعيلي', 'الأغبري',
  'المعمري', 'البطاشي', 'الجابري', 'الريامي', 'الهاشمي', 'الشيباني', 'العامري', 'البرواني', 'الفارسي', 'اللواتي',
];

export const arabicPlaces = [
  'مسقط', 'نزوى', 'صلالة', 'صحار', 'صور', 'عبري', 'الرستاق', 'إبراء', 'البريمي', 'خصب', 'بهلاء', 'سمائل', 'المضيبي',
  'الخابورة', 'السيب', 'مطرح', 'قريات', 'ظفار', 'الباطنة', 'الظاهرة', 'الشرقية', 'الداخلية', 'مسندم', 'القاهرة',
  'بيروت', 'دمشق', 'بغداد', 'الرياض', 'الكويت', 'الدوحة', 'المنامة', 'أبوظبي', 'دبي', 'عمّان', 'تونس', 'الرباط',
  'الجزائر', 'الخرطوم', 'صنعاء', 'زنجبار', 'ممباسا', 'البصرة', 'حلب', 'الإسكندرية', 'مكة المكرمة', 'المدينة المنورة',
];

export const latinGivenNames = [
  'John', 'Mary', 'David', 'Sarah', 'Peter', 'Anne', 'James', 'Claire', 'Robert', 'Helen', 'Michael', 'Laura', 'Paul',
  'Marie', 'Pierre', 'Jean', 'Sophie', 'Thomas', 'Emma', 'Daniel', 'Julia', 'Mark', 'Nadia', 'Omar', 'Samir', 'Layla',
];

export const latinPlaces = [
  'London', 'Oxford', 'Cambridge', 'New York', 'Boston', 'Leiden', 'Paris', 'Beirut', 'Cairo', 'Muscat', 'Abingdon',
  'Berlin', 'Chicago', 'Washington', 'Amsterdam', 'Edinburgh', 'Lyon', 'Geneva', 'Toronto', 'Sydney', 'Dubai',
];

export const latinTopicWords = [
  'history', 'Oman', 'Arabia', 'Gulf', 'trade', 'maritime', 'water', 'law', 'Islamic', 'economy', 'politics',
  'society', 'culture', 'language', 'poetry', 'education', 'development', 'health', 'oil', 'religion', 'science',
  'introduction', 'studies', 'handbook', 'survey', 'modern', 'ancient', 'empire', 'state', 'women', 'children',
  'management', 'engineering', 'geology', 'desert', 'ocean', 'architecture', 'music', 'medicine', 'theory',
];

export const latinFunctionWords = ['of', 'the', 'and', 'in', 'to', 'for', 'on', 'a', 'an', 'with', 'from', 'de', 'la', 'et', 'du'];

export const arabicFunctionWords = ['في', 'من', 'على', 'إلى', 'و', 'عن', 'بين', 'مع', 'حتى', 'لدى'];

/** Words a title often starts with. */
export const arabicTitleHeads = [
  'تاريخ', 'شرح', 'مختصر', 'ديوان', 'رحلة', 'سيرة', 'معجم', 'دليل', 'مبادئ', 'أصول', 'دراسة', 'موسوعة', 'كتاب',
  'رسالة', 'قصة', 'حكاية', 'مقدمة', 'أضواء', 'تحفة', 'نهاية', 'بداية', 'جامع', 'منهج', 'قضايا', 'مشكلات',
];

export const subjectTopics = [
  'عمان', 'التاريخ', 'الأدب العربي', 'الشعر العربي', 'الفقه الإسلامي', 'اللغة العربية', 'التربية', 'الاقتصاد',
  'القانون', 'الجغرافيا', 'الزراعة', 'المياه', 'الأفلاج', 'التراث', 'الملاحة', 'الطب', 'الهندسة', 'المكتبات',
];
