# -*- coding: utf-8 -*-
"""Russian messages: attacks 37-40, business 37-40 (Moscow office)."""
from common import *
import bodies as B
import lib_mime as M

TVS = RU["tvs"]
FAKE = RU["tvs_fake"]

# ---------------------------------------------------------------- attacks --

A(num=37, lang="ru", slug="etran-sertifikat-ep-phishing",
  when=(2026, 11, 16, 10, 3, 27), tz="MSK",
  frm=("Служба поддержки АС ЭТРАН", "support@etran-lk.ru"), to=[s("ru_mgr")],
  subject="АС ЭТРАН: истекает срок действия сертификата ЭП - требуется повторная регистрация",
  hcs=("KOI8-R", "B"),
  infra=("vps_postfix", dict(host="mail.etran-lk.ru", rdns="89-108-115-72.cloudvps.regruhosting.ru", ip="89.108.115.72",
                             client="roundcube", zone="MSK", webclient_ip="37.19.200.144", msgid_domain="etran-lk.ru")),
  date_zone="MSK",
  body=T_("""Уважаемый пользователь!

Сообщаем, что срок действия сертификата ключа проверки электронной подписи, зарегистрированного в АС ЭТРАН для Вашей учетной записи, истекает 20.11.2026.

Организация: ООО "Экзампл Груп Рус"
Код ЕЛС: 1002846713
Пользователь: A.SOKOLOV

После истечения срока действия сертификата оформление накладных, заявок на перевозку (ГУ-12) и актов в АС ЭТРАН будет невозможно.

Для продления доступа необходимо до 20.11.2026 пройти повторную регистрацию сертификата в личном кабинете:
https://etran-lk.ru/cert/renew?user=A.SOKOLOV&els=1002846713

При входе используйте текущие логин и пароль АС ЭТРАН.

С уважением,
Служба технической поддержки АС ЭТРАН
ОАО "РЖД", Главный вычислительный центр
""", cs="KOI8-R", cte="quoted-printable"),
  what="Credential phishing for ETRAN (Russian Railways' electronic waybill system): 're-register' the e-signature certificate",
  why="Look-alike domain etran-lk.ru on a REG.RU cloud VPS (RZD mails come from rzd.ru); asks to log in with the current ETRAN login and password on that domain; blocking threat for waybills and GU-12 requests; trade-specific detail (ELS account code).",
  pair="business 38")

req_pdf, _ = B.pdf("Письмо_об_изменении_реквизитов_ТВС.pdf", [
    ("h1", "ООО «ТрансВагонСервис»"),
    ("s", "ИНН %s / КПП %s · 109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5" % (FAKE["inn"], FAKE["kpp"])),
    ("n", "Исх. № 418 от 13.11.2026"),
    ("n", "\tКонтрагентам ООО «ТрансВагонСервис»"),
    ("h2", "Об изменении банковских реквизитов"),
    ("n", "Уведомляем, что с 16.11.2026 оплату по всем договорам и счетам необходимо производить по следующим реквизитам:"),
    ("n", "Р/с %s в %s, БИК %s, к/с %s" % (FAKE["acc"], FAKE["bank"], FAKE["bik"], FAKE["corr"])),
    ("n", "Платежи на прежний расчетный счет в ПАО Сбербанк с указанной даты приниматься не будут."),
    ("n", ""),
    ("n", "Генеральный директор                                         А. В. Мельников"),
], meta=dict(title="Изменение реквизитов", producer="Microsoft: Print To PDF", creator="", created="20261113115000+03'00'"))
A(num=38, lang="ru", slug="tvs-izmenenie-rekvizitov-lookalike",
  when=(2026, 11, 13, 12, 7, 44), tz="MSK",
  frm=("Бухгалтерия ТрансВагонСервис", "buh@tv-service.ru"), to=[s("ru_acc")],
  subject="Изменение банковских реквизитов ООО «ТрансВагонСервис»",
  hcs=("windows-1251", "B"),
  infra=("yandex360", dict()),
  body=mixed(T_("""Добрый день, Ольга!

Направляем Вам официальное письмо об изменении банковских реквизитов ООО «ТрансВагонСервис». В связи с переводом расчетно-кассового обслуживания в другой банк просим с 16.11.2026 производить оплату счетов исключительно по новым реквизитам:

Получатель: ООО «ТрансВагонСервис»
ИНН %s / КПП %s
Р/с %s
Банк: %s
БИК %s
К/с %s

Счёт № 1187 от 12.11.2026 за ремонт вагонов просим оплатить уже по новым реквизитам. Прежний счёт в ПАО Сбербанк будет закрыт, платежи на него будут возвращаться.

Письмо за подписью генерального директора во вложении. Прошу подтвердить получение ответным письмом.

С уважением,
Бухгалтерия ООО «ТрансВагонСервис»
""" % (FAKE["inn"], FAKE["kpp"], FAKE["acc"], FAKE["bank"], FAKE["bik"], FAKE["corr"]), cs="windows-1251", cte="base64"), req_pdf),
  what="Supplier bank-detail change from a look-alike of the wagon-repair contractor (valid BIK/account keys)",
  why="tv-service.ru instead of tvservice.ru, set up on Yandex 360; arrives the day after the genuine invoice 1187 and redirects exactly that payment to a new T-Bank account; old account 'will be closed'; confirmation by reply only; letter is an unsigned print-to-PDF.",
  pair="business 37, business 39")

zip39 = B.zipf("Требование_14-27_18834.zip", [
    ("Требование_14-27_18834.pdf.scr", b"placeholder - inert stand-in for a malicious screensaver executable\r\n"),
    ("Перечень_расхождений.xlsx.lnk", b"placeholder - inert stand-in for a malicious shortcut\r\n")],
    password=None, seed=b"a39", dt=(2026, 11, 17, 14, 58, 0))
A(num=39, lang="ru", slug="fns-trebovanie-zip-scr",
  when=(2026, 11, 17, 15, 22, 9), tz="MSK",
  frm=("Межрайонная ИФНС России № 46 по г. Москве", "ifns46.trebovanie@mail.ru"), to=[s("ru_acc")],
  subject="Требование о представлении пояснений № 14-27/18834 (НДС за 3 квартал 2026 г.)",
  hcs=("UTF-8", "B"),
  infra=("mailru", dict(client_ip="176.59.47.130")),
  body=mixed(T_("""Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями о покупках и сведениями контрагентов.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней представить пояснения либо внести исправления в налоговую декларацию.

Требование № 14-27/18834 от 16.11.2026 и перечень расхождений направлены во вложении (архив). Ознакомьтесь с документами и подтвердите получение требования в течение шести рабочих дней.

Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
И. В. Лаптева
""", cs="UTF-8", cte="base64"), zip39),
  what="Fake tax-office (FNS) demand with a ZIP containing executables disguised as documents",
  why="The FNS sends demands only through the electronic document operator (TKS), never from a mail.ru mailbox; the ZIP contains a .pdf.scr screensaver executable and an .xlsx.lnk shortcut; penalty threat with a 5-day deadline.",
  pair=None)

A(num=40, lang="ru", slug="vymogatelstvo-bitcoin",
  when=(2026, 12, 14, 2, 48, 36), tz="ICT",
  frm=("", "olga.kuznetsova@example.com"), to=[("", "olga.kuznetsova@example.com")],
  env_from="admin@hoanglongtravel.vn",
  subject="Ваш аккаунт взломан. Требуется оплата",
  hcs=("KOI8-R", "B"),
  infra=("cpanel_exim", dict(server="sv24.vn-webhost.net", ip="103.97.126.44", client_ip="194.26.29.113",
                             client_helo="[127.0.0.1]", client="none", zone="ICT", msgid_domain="hoanglongtravel.vn")),
  date_zone="ICT",
  body=T_("""Здравствуйте!

Вынужден сообщить Вам неприятную новость. Несколько месяцев назад я получил доступ к устройствам, которые Вы используете для работы в интернете, и с тех пор наблюдаю за Вашей активностью.

Как видите, это письмо отправлено с Вашего собственного адреса. Через уязвимость в прошивке Вашего роутера я установил вредоносную программу, которая дала мне доступ к камере, переписке, контактам и истории браузера.

У меня есть запись с камеры и снимки экрана, которые не стоит видеть Вашим коллегам и родственникам. Одним нажатием я могу отправить их всем Вашим контактам.

Чтобы этого не произошло, переведите эквивалент 1200 долларов США в биткоинах на мой кошелек:

%s

У Вас есть 48 часов с момента прочтения этого письма. После получения оплаты я удалю все материалы и больше Вас не побеспокою. Не отвечайте на это письмо и не обращайтесь в полицию - я сразу об этом узнаю.
""" % BTC["extort_ru"], cs="KOI8-R", cte="8bit"),
  what="Extortion ('your device is hacked') with a Bitcoin base58check address, From spoofed to the victim",
  why="From/To are the victim's own address, but the envelope sender and Received chain show a compromised Vietnamese hosting server; standard extortion template, 48-hour deadline, valid legacy (P2PKH) wallet address.",
  pair=None)

# --------------------------------------------------------------- business --

schet_pdf, _ = B.pdf("Счет_1187_от_12.11.2026.pdf", [
    ("h1", "Счёт на оплату № 1187 от 12 ноября 2026 г."),
    ("n", "Поставщик: ООО «ТрансВагонСервис», ИНН %s, КПП %s, 109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5" % (TVS["inn"], TVS["kpp"])),
    ("n", "Банк получателя: %s, БИК %s, к/с %s" % (TVS["bank"], TVS["bik"], TVS["corr"])),
    ("b", "Р/с %s" % TVS["acc"]),
    ("n", "Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП %s, 115054, г. Москва, ул. Бахрушина, д. 32" % (RU["own"]["inn"], RU["own"]["kpp"])),
    ("n", "Основание: договор № 77/ТВС-2025 от 14.01.2025"),
    ("b", "№  Наименование работ                                     Кол-во    Цена            Сумма"),
    ("m", "1  Деповской ремонт полувагона мод. 12-132                  4      148 500,00      594 000,00"),
    ("n", "Итого: 594 000,00 руб.   НДС 22%: 130 680,00 руб.   Всего к оплате: 724 680,00 руб."),
    ("n", "Оплата в течение 10 банковских дней."),
    ("n", "Руководитель ____________ А. В. Мельников        Главный бухгалтер ____________ Н. П. Егорова"),
], meta=dict(title="Счет 1187", producer="1C:Enterprise 8.3", creator="1C", created="20261112101500+03'00'"), style="2047")
G(num=37, lang="ru", slug="tvs-schet-na-oplatu",
  when=(2026, 11, 12, 10, 24, 51), tz="MSK",
  frm=("Ирина Смирнова", "i.smirnova@tvservice.ru"), to=[s("ru_acc")], cc=[("Бухгалтерия ТрансВагонСервис", "buh@tvservice.ru")],
  subject="Счет № 1187 от 12.11.2026 на оплату - ремонт вагонов",
  hcs=("windows-1251", "B"),
  infra=("own_postfix", dict(host="mail.tvservice.ru", ip="195.161.41.90", client="outlook16", lang="ru",
                             client_ip="192.168.0.37", zone="MSK")),
  quote_names=True,
  body=mixed(outlook("""Ольга, добрый день!

Направляю счёт № 1187 от 12.11.2026 на оплату работ по деповскому ремонту вагонов (4 полувагона, акты выполненных работ подписаны 10.11).

Реквизиты для оплаты без изменений, указаны в счёте (ПАО Сбербанк). Оригиналы документов отправим через ЭДО сегодня.

С уважением,
Ирина Смирнова
Ведущий бухгалтер
ООО «ТрансВагонСервис»
Тел. +7 (495) 784-21-90
""", cs="windows-1251", lang="RU"), schet_pdf),
  what="Wagon-repair contractor sends its invoice (счёт на оплату) with unchanged bank details",
  why="Contractor's real domain tvservice.ru and own mail server with Outlook; invoice follows signed work acts, originals via EDI; Sberbank account with valid BIK control key, 'без изменений'.",
  pair="attack 38")

G(num=38, lang="ru", slug="yandex-id-vhod-novoe-ustroystvo",
  when=(2026, 11, 23, 10, 43, 5), tz="MSK",
  frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[("", "andrei.sokolov@example.com")],
  subject="Вход в аккаунт с нового устройства",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="yandex")),
  env_from="noreply@id.yandex.ru",
  body=alt("""Здравствуйте, Андрей!

В ваш аккаунт a.sokolov.egr выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Место: Москва, Россия
Время: 23 ноября 2026, 10:42 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и завершите все сеансы: https://id.yandex.ru/security

С уважением,
Команда Яндекс ID
""", B.card_html("Вход с нового устройства", [
      "Здравствуйте, Андрей!",
      "В ваш аккаунт <b>a.sokolov.egr</b> выполнен вход с нового устройства.".replace("<b>", "").replace("</b>", ""),
      '<table cellpadding="4" style="font-size:14px;color:#333;margin-bottom:12px"><tr><td>Устройство:</td><td>Windows 11, Яндекс Браузер</td></tr>'
      '<tr><td>Место:</td><td>Москва, Россия</td></tr><tr><td>Время:</td><td>23 ноября 2026, 10:42 (МСК)</td></tr></table>',
      "Если это были вы, ничего делать не нужно.\nЕсли вы не входили в аккаунт, смените пароль и завершите все сеансы: https://id.yandex.ru/security",
      "С уважением,\nКоманда Яндекс ID"],
      brand="Яндекс ID", head_bg="#ffffff", head_fg="#000000", color="#fc3f1d", charset="utf-8", lang="ru", font="YS Text,Arial,sans-serif"),
      cs="utf-8"),
  what="Genuine Yandex ID new-device sign-in notification (office manager's Yandex account for ads/maps)",
  why="Yandex's own notification infrastructure (forward*.mail.yandex.net), links only to id.yandex.ru; informational, no credential form.",
  pair="attack 37")

smgs_pdf, smgs_data = B.pdf("Документы_отправка_7734.pdf", [
    ("h1", "Отправка 7734 - комплект документов"),
    ("n", "Декларация на товары (ДТ): 10013160/171126/5047712, выпуск разрешен 17.11.2026 17:20"),
    ("n", "Накладная СМГС № 40218773, станция отправления Ворсино, 12 контейнеров 40'"),
    ("n", "Отправитель: ООО «Экзампл Груп Рус»; таможенный представитель: С. А. Волков"),
    ("n", "Примечание: оригинал накладной следует с поездом."),
], meta=dict(title="Отправка 7734", producer="Microsoft: Print To PDF", creator="", created="20261118090500+03'00'"))
import lib_pdf as _P
dt_pdf = _P.make_pdf([("h1", "Декларация на товары 10013160/171126/5047712"), ("n", "Выпуск разрешен 17.11.2026 17:20, отметка таможенного органа: Калужская таможня, т/п Ворсинский"),
                      ("n", "Декларант: ООО «Экзампл Груп Рус»; таможенный представитель: С. А. Волков"), ("n", "12 контейнеров 40', см. накладную СМГС № 40218773")],
                     title="ДТ 5047712", producer="Alta-GTD", created="20261117172500+03'00'")
smgs_zip = B.zipf("Документы_отправка_7734.zip", [("ДТ_10013160_171126_5047712.pdf", dt_pdf), ("СМГС_40218773.pdf", smgs_data)],
                  dt=(2026, 11, 18, 9, 5, 0))
smgs_zip.note = "genuine ZIP; contains ДТ_10013160_171126_5047712.pdf, СМГС_40218773.pdf (text-only PDFs)"
G(num=39, lang="ru", slug="tamozhennyy-predstavitel-yandex-dokumenty",
  when=(2026, 11, 18, 9, 12, 30), tz="MSK",
  frm=("Сергей Волков", "s.volkov.broker@yandex.ru"), to=[s("ru_mgr")],
  subject="Документы по отправке 7734 - ДТ и СМГС",
  hcs=("utf-8", "B"),
  infra=("yandex_web", dict()),
  body=mixed(T_("""Андрей, добрый день.

Направляю документы по отправке 7734 (12 контейнеров, ст. Ворсино): выпущенную ДТ и копию накладной СМГС. Выпуск получен вчера в 17:20, контейнеры можно отправлять.

По следующей партии жду от вас инвойсы и упаковочные листы до четверга, иначе не успеем подать декларацию до выходных.

С уважением,
Сергей Волков
таможенный представитель
+7 916 204-71-38
""", cs="utf-8", cte="base64"), smgs_zip),
  what="Customs representative (Yandex consumer mailbox) sends the released declaration and SMGS waybill (ZIP of two PDFs)",
  why="Known broker who works from his Yandex mailbox; concrete shipment, declaration number and SMGS; no link, payment or credential request; same Yandex infrastructure as attack 38 but a genuine known correspondent.",
  pair="attack 38 (Yandex infrastructure)")

G(num=40, lang="ru", slug="ofis-grafik-prazdniki-vnutrennee",
  when=(2026, 10, 30, 16, 5, 12), tz="CET",
  frm=s("ru_mgr"), to=[("Moscow office", "moscow-office@example.com")],
  rcpt="moscow-office@example.com",
  subject="График работы офиса 3-5 ноября",
  hcs=("koi8-r", "B"),
  infra=("exch_internal", dict(srv="EXCH02", lang="ru-RU", net=27)),
  body=outlook("""Коллеги, добрый день!

Напоминаю график работы московского офиса в связи с Днем народного единства:

3 ноября (вторник) - сокращенный рабочий день, до 17:00;
4 ноября (среда) - выходной день;
5 ноября (четверг) - обычный рабочий день.

Дежурный сотрудник 4 ноября - Ольга Кузнецова (только срочные вопросы по отправкам, телефон дежурной службы +7 495 230-18-77).

Спасибо!
Андрей Соколов
Руководитель представительства
ООО "Экзампл Груп Рус"
""", cs="koi8-r", lang="RU"),
  what="Internal notice on office hours around the 4 November public holiday",
  why="Internal Exchange and relay chain to the office distribution list; correct 2026 calendar (3 Nov shortened pre-holiday day, 4 Nov Wednesday holiday); purely informational.",
  pair=None)
