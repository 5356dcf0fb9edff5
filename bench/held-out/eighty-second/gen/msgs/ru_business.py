# -*- coding: utf-8 -*-
"""Russian genuine messages 37-40."""
from lib.kit import *  # noqa
from lib import ids


def b37():
    R = C.RU
    t = """Уважаемые коллеги!

Информируем вас о том, что с 01.12.2026 ООО «ЛифтКомплект» меняет обслуживающий банк. Официальное письмо за подписью генерального директора и главного бухгалтера прилагаем, оригинал направлен вам Почтой России.

Новые реквизиты (для счетов, выставленных с 01.12.2026):
Р/с %s
Банк ВТБ (ПАО), г. Москва
БИК %s
К/с %s

Прежний счёт в ПАО Сбербанк (р/с %s, БИК %s) остаётся открытым до 31.01.2027, поэтому счета, выставленные до 01.12.2026, можно оплачивать по прежним реквизитам.

Подтвердить изменение реквизитов можно по телефону бухгалтерии +7 (495) 648-21-70 или у вашего менеджера Натальи Кузнецовой.

С уважением,
Ирина Лебедева
главный бухгалтер
ООО «ЛифтКомплект»""" % (R["lk_new"], R["vtb_bik"], R["vtb_corr"], R["lk_old"], R["sber_bik"])
    letter = [("h", "ООО «ЛифтКомплект»"), ("s", "ИНН %s / КПП 771501001 · ОГРН %s · 127018, г. Москва, ул. Полковая, д. 3, стр. 4" % (R["lk_inn"], R["lk_ogrn"])),
              ("sp", 12), ("r", "Исх. № 436 от 16.11.2026"), ("sp", 6), ("b", "Об изменении банковских реквизитов"), ("sp", 4),
              "Уважаемые партнёры! С 01.12.2026 расчёты с ООО «ЛифтКомплект» по вновь выставленным счетам осуществляются по следующим реквизитам:",
              ("row", [(0, "Р/с:"), (30, R["lk_new"])]), ("row", [(0, "Банк:"), (30, "Банк ВТБ (ПАО), г. Москва")]),
              ("row", [(0, "БИК:"), (30, R["vtb_bik"])]), ("row", [(0, "К/с:"), (30, R["vtb_corr"])]), ("sp", 6),
              "Счёт в ПАО Сбербанк (р/с %s, БИК %s, к/с %s) будет закрыт 31.01.2027; до этой даты поступления на него зачисляются." % (R["lk_old"], R["sber_bik"], R["sber_corr"]),
              ("sp", 14), "Генеральный директор ____________ С. В. Орлов", ("sp", 6), "Главный бухгалтер ____________ И. С. Лебедева"]
    body = Multi("mixed", [alt(t, outlook_html(t, "windows-1251", "RU"), "windows-1251", "quoted-printable"),
                           pdf_att(letter, "Письмо_436_смена_банка.pdf", fn_style="2231", fn_charset="utf-8",
                                   title="Письмо № 436 об изменении реквизитов", producer="1С:Предприятие 8.3", zone="MSK",
                                   when=T.berlin("2026-11-16 09:10"))])
    return Msg("business", 37, "ru", "supplier-new-bank-details-proper",
               frm=("ЛифтКомплект Бухгалтерия", "buh@liftkomplekt.ru"), to=S("ru_acc"), cc=("Наталья Кузнецова", "n.kuznetsova@liftkomplekt.ru"),
               subject="Об изменении банковских реквизитов с 01.12.2026", when="2026-11-16 10:02:27",
               infra=I.yandex_smtp(mailer="outlook", label="supplier's domain on Yandex 360, Outlook via smtp.yandex.ru"),
               hcs=("windows-1251", "B"),
               body=body,
               what="Russian supplier announces its move to VTB with a signed letter, old account open until 31.01.2027",
               why="Real supplier domain liftkomplekt.ru; two-month overlap; letter signed by director and chief accountant, original by post; invites verification by phone; only new invoices affected.",
               contrast="Same supplier and topic as attack 39, but correct domain, long overlap, no pressure to re-route an open invoice, phone verification offered.")


def b38():
    t = """Яндекс ID

Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@examplegroup.eu выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Москва, Россия
Время: 02.12.2026, 09:15 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте настройки безопасности:
https://id.yandex.ru/security

С уважением,
команда Яндекс ID

Это письмо отправлено автоматически, отвечать на него не нужно."""
    html = simple_html(t, font="'YS Text', Arial, sans-serif")
    return Msg("business", 38, "ru", "yandex-id-new-device-signin",
               frm=("Яндекс ID", "noreply@id.yandex.ru"), to=S("ru_mgr"),
               subject="Вход в аккаунт с нового устройства", when="2026-12-02 07:16:02",
               infra=I.yandex(service=True, label="Yandex (genuine service)"),
               body=alt(t, html, "utf-8", "base64"),
               what="Yandex ID notification about a sign-in from a new device",
               why="From id.yandex.ru via Yandex's own forward relays; informational; the only link is id.yandex.ru/security; matches the manager's own login on a new PC.")


def b39():
    r = ids.rng("b39")
    link = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s" % (ids.uuid4(r), ids.uuid4(r), ids.uuid4(r))
    t = """Диадок

Новый документ от ООО «ЛифтКомплект»

Счёт-фактура и акт (УПД) № 1187 от 28.10.2026
Сумма: 486 720,00 ₽, в т. ч. НДС 22%% — 87 768,20 ₽
Требуется подпись

Открыть документ в Диадоке:
%s

Вы получили это письмо, потому что подписаны на уведомления о новых документах для организации ООО «Экзампл Груп Рус». Изменить настройки уведомлений можно в Диадоке в разделе «Настройки».

Контур.Диадок — сервис электронного документооборота
АО «ПФ «СКБ Контур», 8 800 500-10-10""" % link
    html = simple_html(t, font="'Segoe UI', Arial, sans-serif")
    inf = I.service_postfix("mail-out4.kontur.ru", "46.17.200.51", "relay.kontur.ru",
                            msgid=lambda r, c: "<%s@diadoc.ru>" % ids.uuid4(r),
                            headers=[("X-Mailer", "Kontur.Diadoc.Notifications"),
                                     ("List-Unsubscribe", "<https://diadoc.kontur.ru/settings/notifications>")],
                            zone="MSK", label="Kontur.Diadoc (genuine service)")
    return Msg("business", 39, "ru", "edo-diadoc-document-notification",
               frm=("Контур.Диадок", "noreply@diadoc.ru"), to=S("ru_mgr"),
               subject="Новый документ от ООО «ЛифтКомплект»: УПД № 1187 от 28.10.2026", when="2026-10-28 16:21:37",
               infra=inf, body=alt(t, html, "utf-8", "quoted-printable"),
               what="Genuine Kontur.Diadoc notification of an incoming universal transfer document to sign",
               why="From diadoc.ru through Kontur's mail relays; link only to diadoc.kontur.ru; document matches a real supplier delivery; no deadline threat.",
               contrast="Same supplier document (UPD 1187) as attack 40, but the real operator's domain and links.")


def b40():
    t = koi("""Дмитрий, добрый день!

Сегодня через Контур.Экстерн пришло требование ИФНС № 46 о представлении пояснений по декларации по НДС за 3 квартал (расхождения по двум контрагентам-перевозчикам). Квитанцию о приёме я уже отправила.

Срок ответа — 5 рабочих дней, т. е. до 16.11.2026. Пояснения подготовлю сама, но мне нужны от службы сервиса подписанные акты по договорам перевозки с ООО «ТрансЛифт» за август и сентябрь. Можешь попросить их передать мне до четверга?

Сабина, для информации: суммы небольшие, на налог к уплате это не влияет.

С уважением,
Ольга Морозова
главный бухгалтер
ООО «Экзампл Груп Рус»""")
    return Msg("business", 40, "ru", "internal-tax-requirement-via-tks",
               frm=S("ru_acc"), to=S("ru_mgr"), cc=S("cfo"),
               subject="Требование ИФНС по НДС за 3 квартал - нужны акты", when="2026-11-09 11:40:33",
               infra=I.internal(lang="ru-RU"), hcs=("koi8-r", "B"),
               body=alt(t, outlook_html(t, "koi8-r", "RU"), "koi8-r", "quoted-printable"),
               what="Moscow chief accountant tells the manager a tax requirement arrived via the TKS operator and asks for documents",
               why="Internal Exchange via mail-int01; describes the legitimate channel (Kontur.Extern), receipt already sent; asks colleagues for signed acts - no attachment, no link, no password.",
               contrast="Same 'FNS requirement on VAT' topic as attack 37, but handled internally via the official TKS channel; no archive, no password.")


def messages():
    return [b37(), b38(), b39(), b40()]
