"""Genuine business messages, Russian (4)."""

from company import S, RU
from core import Msg, alt, plain, mixed, att_pdf
from systems import Yandex, YandexID, OwnPostfix, Internal


def b37():
    text = """Ольга, добрый день!

Во вложении счёт № 1187 от 02.11.2026 и акт за перевозку оборудования (Санкт-Петербург – Великий Новгород, 28.10.2026, объект «Бизнес-центр на Большой Московской»).

Сумма 86 400,00 руб., НДС не облагается (УСН). Реквизиты прежние, ПАО Сбербанк. Оригиналы передадим с водителем при следующей перевозке.

--
С уважением,
Сергей Егоров
ТК «Балтика»
+7 921 447-18-20"""
    pdf = att_pdf("Счет_1187_от_02.11.2026.pdf", [
        ("h", "ООО «ТК Балтика»"), ("s", "ИНН " + RU["baltika_inn"] + "  КПП 780601001  |  195027, Санкт-Петербург, Свердловская наб., 64"), "",
        ("b", "Счёт на оплату № 1187 от 02 ноября 2026 г."), "",
        "Банк получателя: ПАО Сбербанк, г. Санкт-Петербург",
        "БИК " + RU["baltika_bik"] + "    к/с " + RU["baltika_ks"],
        "р/с " + RU["baltika_acc"], "",
        "Покупатель: ООО «Экзампл Груп Рус», ИНН " + RU["example_ru_inn"], "",
        "№  Наименование                                                      Сумма",
        "1  Перевозка оборудования СПб – Великий Новгород 28.10.2026, 5 т       72 000,00",
        "2  Погрузочно-разгрузочные работы                                    14 400,00",
        ("b", "   Итого к оплате:                                                   86 400,00 руб."),
        "   Без налога (НДС) - применяется УСН", "",
        "Руководитель ____________ Егоров С. А.",
    ], title="Счет 1187", producer="1С:Предприятие 8.3", created="20261102120311+03'00'", enc="cp1251")
    return Msg("baltika-schet-1187", "2026-11-02 12:18:40",
               Yandex(client="thebat", org="ТК Балтика", client_ip="95.55.184.17"),
               ("Сергей Егоров", "baltika.tk@yandex.ru"), [S("smirnova")],
               "Счёт № 1187 от 02.11.2026 и акт",
               mixed(plain(text, "windows-1251", "8bit"), pdf),
               hcs="windows-1251", hmode="B",
               what="The carrier sends invoice No. 1187 with its act; bank details unchanged (Sberbank).",
               why="Genuine: the carrier's usual Yandex address sent with The Bat! from a St Petersburg IP, invoice matches the job, settlement account passes the BIK control key and belongs to the carrier's INN, "
                   "explicitly 'details unchanged'. Hard negative of the mail.ru bank-change attack.",
               pair=[38])


def b38():
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт d.sokolov.spb выполнен вход.

Когда: 4 декабря 2026 в 10:12 (МСК)
Устройство: Chrome, Windows
Местоположение: Санкт-Петербург, Россия (примерно)
IP-адрес: 95.55.184.203

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, [[смените пароль|https://id.yandex.ru/security]] и проверьте список устройств.

С уважением,
Яндекс ID

Это письмо отправлено автоматически. Настроить уведомления можно в [[настройках безопасности|https://id.yandex.ru/security/notifications]]."""
    return Msg("yandex-id-vkhod", "2026-12-04 10:12:58", YandexID(),
               ("Яндекс ID", "noreply@id.yandex.ru"), [S("sokolov")],
               "Вход в аккаунт Яндекс ID",
               alt(text, "utf-8", "base64", hstyle="generic", pstyle="paren", lang="ru"),
               hcs="utf-8", hmode="B",
               what="Yandex ID sign-in notification for the St Petersburg manager's Yandex account (registered with his work address).",
               why="Genuine: Yandex's own notification and forward servers, sender id.yandex.ru, informational, links only to id.yandex.ru. "
                   "Hard negative of the fake Yandex 360 storage warning.",
               pair=[39])


def b39():
    text = """Ольга Викторовна, добрый день!

Направляем акт сверки взаимных расчётов за 3 квартал 2026 г. по договору № 14/2025-П (проектирование реконструкции складского комплекса, Шушары).

Оригинал акта отправлен вам через Диадок, подписанный нашей УКЭП. Здесь дублируем PDF для удобства. По нашим данным задолженность на 30.09.2026 отсутствует.

Просим подписать акт в Диадоке до 30.11.2026. Если есть расхождения – напишите, сверим.

С уважением,
Алексей Волков
заместитель главного бухгалтера
ООО «СтройПроект-Нева»
тел. (812) 406-72-18"""
    pdf = att_pdf("Акт_сверки_3кв2026_Экзампл_Груп_Рус.pdf", [
        ("h", "Акт сверки взаимных расчётов"), ("s", "за период 01.07.2026 – 30.09.2026"), "",
        "между ООО «СтройПроект-Нева» (ИНН " + RU["stroy_inn"] + ")",
        "и ООО «Экзампл Груп Рус» (ИНН " + RU["example_ru_inn"] + ")",
        "по договору № 14/2025-П", "",
        "Дата        Документ                          Дебет          Кредит",
        "01.07.2026  Сальдо начальное                        0,00",
        "15.07.2026  Акт № 77 (этап 3)                1 260 000,00",
        "29.07.2026  Платёжное поручение № 4418                     1 260 000,00",
        "16.09.2026  Акт № 104 (этап 4)                 840 000,00",
        "25.09.2026  Платёжное поручение № 5102                       840 000,00",
        ("b", "30.09.2026  Сальдо конечное                         0,00"), "",
        "Гл. бухгалтер ____________          Гл. бухгалтер ____________",
    ], title="Акт сверки", producer="1С:Предприятие 8.3", created="20261123103017+03'00'", enc="cp1251")
    return Msg("stroyproekt-akt-sverki-diadok", "2026-11-23 10:41:52",
               OwnPostfix(server="mail.stroyproekt-neva.ru", server_ip="185.65.146.21", server_rdns="mail.stroyproekt-neva.ru",
                          client="outlook", client_helo="BUH-PC04", client_ip="81.23.177.42",
                          client_rdns="81-23-177-42.spb.ertelecom.ru", zone="MSK"),
               ("Алексей Волков", "volkov@stroyproekt-neva.ru"), [S("smirnova")],
               "Акт сверки за 3 кв. 2026 – ООО «СтройПроект-Нева»",
               mixed(alt(text, "windows-1251", "quoted-printable", lang="ru"), pdf),
               hcs="windows-1251", hmode="B",
               what="The customer's deputy chief accountant sends the Q3 reconciliation statement; the signed original went through Diadoc.",
               why="Genuine: customer's own domain and mail server in St Petersburg, Outlook in windows-1251, PDF copy attached directly, asks to sign in Diadoc itself (no link to a login page). "
                   "Hard negative of the fake Diadoc notification using the same customer's name.",
               pair=[40])


def b40():
    text = """Коллеги, добрый день!

В Контур.Экстерн пришло требование Межрайонной ИФНС N 28 о представлении пояснений по декларации по НДС за 3 квартал. Квитанцию о приёме я уже отправила, пояснения подготовлю и отправлю через оператора ЭДО в срок, до 05.11.

Напоминаю: налоговая НЕ присылает требования на электронную почту. Вчера нам пришло письмо "из налоговой" с архивом и паролем – это вирус. Если получите что-то подобное, ничего не открывайте и перешлите письмо в IT (it-servicedesk@example.com).

Ольга Смирнова
Главный бухгалтер
ООО "Экзампл Груп Рус", Санкт-Петербург"""
    return Msg("buhgalteriya-trebovanie-fns-edo", "2026-10-29 11:05:30", Internal(mbx="EXMBX01"),
               S("smirnova"), [S("sokolov")],
               "Требование ИФНС по НДС 3 кв. - отвечаем через ЭДО, письма с архивами не открывать",
               alt(text.replace("–", "-"), "koi8-r", "quoted-printable", lang="ru"),
               cc=[("СПб офис", "spb@example.com")], hcs="koi8-r", hmode="B",
               what="The St Petersburg chief accountant informs that a real tax demand arrived via the e-reporting operator and warns about the fake 'tax office' archive mail.",
               why="Genuine internal message via Exchange/mail-int01 in KOI8-R, describes the legitimate channel (Kontur.Extern/EDO), no attachments or links. "
                   "Hard negative of the FNS-themed malware attack.",
               pair=[37])


def messages():
    return [b37(), b38(), b39(), b40()]
