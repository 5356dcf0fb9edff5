"""Russian messages: 4 attacks, 4 genuine."""
import files
import ids
import infra as I
import qr
from common import to_utc, hhex, hstr, ALNUM
from company import st, RU
from lib import Msg, plain, html, alt, mixed, related, att, text_att, quote_outlook

DS = st('dmitry.sokolov')
OK = st('olga.kuznetsova')
DS_RU = ('Дмитрий Соколов', DS[1])
OK_RU = ('Ольга Кузнецова', OK[1])

BELOVA = ('Ирина Белова', 'i.belova@severtrans.ru')


def attacks():
    out = []

    # ------------------------------------------------------------------ A37
    inn_k = ids.ru_inn10('773412905')
    zname = 'Требование_17-24_18843.zip'
    t = to_utc('RU', 2026, 10, 13, 10, 52, 0)
    z = files.zipfile_bytes([('Требование_17-24_18843_перечень_документов.pdf.scr',
                              b'placeholder: inert test artefact, not an executable\n')], t, 'RU',
                            password='1824', key='a37', attname=zname)
    src = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России N 46 по г. Москве в соответствии со статьей 93.1 Налогового кодекса Российской Федерации в связи с проведением мероприятий налогового контроля в отношении ООО "Стройпоставка" (ИНН %s) требует представить в течение 5 (пяти) рабочих дней со дня получения настоящего Требования документы (информацию) по взаимоотношениям с указанным контрагентом за период с 01.01.2025 по 30.09.2026.

Перечень истребуемых документов приведен в приложении к Требованию. В целях соблюдения налоговой тайны файл защищен паролем.

Пароль для открытия архива: 1824

Непредставление документов в установленный срок влечет ответственность, предусмотренную статьей 129.1 Налогового кодекса Российской Федерации.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
А.В. Сорокина""" % inn_k
    out.append(Msg('attack', 'ru', 'fns-trebovanie-zip',
        what='Fake tax-office demand ("Требование" under art. 93.1 NK RF) with a password-protected ZIP containing "...перечень_документов.pdf.scr".',
        why='FNS sends demands only through the accredited EDI operator (TKS), never by e-mail with archives; sent from a compromised Russian company mail server (stroymontazh-kzn.ru) with the tax office as display name; ZipCrypto archive with a screensaver executable disguised as PDF (inert placeholder); liability threat. Compare genuine accountant message B40.',
        when=(2026, 10, 13, 10, 52, 0), zone='RU',
        infra=I.exim('a37', 'mail.stroymontazh-kzn.ru', 'mail.stroymontazh-kzn.ru', '31.31.198.144', '185.246.65.18',
                     'stroymontazh-kzn.ru', mua='php', zone='RU'),
        frm=('Межрайонная ИФНС России N 46 по г. Москве', 'info@stroymontazh-kzn.ru'), to=[OK],
        subject='Требование о представлении документов (информации) N 17-24/18843 от 12.10.2026',
        body=mixed(plain(src, 'koi8-r', 'base64'), att('application/zip', zname, z, style='php')),
        hcs=('koi8-r', 'B')))

    # ------------------------------------------------------------------ A38
    url = 'https://diadoc-kontur.ru/sign/%s?box=%s' % (hstr('a38', 20, ALNUM), hhex('a38b', 12))
    png = qr.qr_png(url, scale=5)
    cid = 'qr%s@unisender' % hhex('a38cid', 6)
    src = """Здравствуйте!

Контрагент ООО «СеверТрансЛогистик» отправил вам документ, требующий подписи:

Акт сверки взаимных расчетов за период 01.01.2026 – 30.09.2026
Отправитель: Белова Ирина Сергеевна, главный бухгалтер
Подписать до: 30.11.2026

[[!Открыть документ в Диадоке|%s]]

Для подписания с мобильного устройства отсканируйте QR-код.

Это письмо отправлено автоматически сервисом Контур.Диадок. Не отвечайте на него.""" % url
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0">
<tr><td style="background:#1f87ef;color:#fff;padding:14px 22px;font-size:18px"><b>Контур.Диадок</b></td></tr>
<tr><td style="padding:22px">
<p>Здравствуйте!</p>
<p>Контрагент <b>ООО «СеверТрансЛогистик»</b> отправил вам документ, требующий подписи:</p>
<p style="background:#f5f7fa;padding:12px">Акт сверки взаимных расчетов за период 01.01.2026 – 30.09.2026<br>
Отправитель: Белова Ирина Сергеевна, главный бухгалтер<br>Подписать до: 30.11.2026</p>
<p><a href="%s" style="display:inline-block;background:#1f87ef;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Открыть документ в Диадоке</a></p>
<p>Для подписания с мобильного устройства отсканируйте QR-код:</p>
<p><img src="cid:%s" width="150" height="150" alt="QR"></p>
<p style="font-size:12px;color:#888">Это письмо отправлено автоматически сервисом Контур.Диадок. Не отвечайте на него.</p>
</td></tr></table></body></html>
""" % (url, cid)
    body = related(alt(src, 'windows-1251', 'quoted-printable', raw_html=htm),
                   att('image/png', 'qr.png', png, inline=True, cid=cid, style='esp'))
    out.append(Msg('attack', 'ru', 'kontur-diadok-qr',
        what='EDI-themed phishing with QR: "Контур.Диадок" says the carrier sent a reconciliation act to sign; button and QR code lead to a fake Diadoc login.',
        why='Sent via the bulk ESP UniSender from diadoc-uvedomlenie.ru (Diadoc uses kontur.ru/diadoc.ru); link and QR go to the look-alike diadoc-kontur.ru credential page; plausible business context taken from public counterparty data. Compare genuine B37/B40.',
        when=(2026, 11, 24, 9, 14, 27), zone='RU', infra=I.unisender('a38'),
        frm=('Контур.Диадок', 'noreply@diadoc-uvedomlenie.ru'), to=[OK],
        subject='Вам поступил документ на подпись: Акт сверки за 9 месяцев 2026 г.',
        body=body, hcs=('windows-1251', 'B'), date_zone='RU'))

    # ------------------------------------------------------------------ A39
    src = """Добрый день, Ольга!

Направляем информационное письмо об изменении банковских реквизитов ООО «СеверТрансЛогистик» в связи с переходом на расчетно-кассовое обслуживание в АО «АЛЬФА-БАНК».

С 16.11.2026 просим производить оплату по всем счетам исключительно по новым реквизитам:

Получатель: ООО «СеверТрансЛогистик»
ИНН %s / КПП 772401001
Р/с %s
Банк: АО «АЛЬФА-БАНК», г. Москва
БИК %s
К/с %s

Платежи по старым реквизитам (ПАО Сбербанк) с указанной даты зачисляться не будут и будут возвращены банком. Счета № 2234 и № 2251 просим оплатить по новым реквизитам.

Оригинал письма за подписью генерального директора направим почтой России. По всем вопросам прошу писать мне на почту — на этой неделе я на выездной проверке и не всегда на связи по телефону.

С уважением,
Ирина Белова
Главный бухгалтер
ООО «СеверТрансЛогистик»""" % (RU['severtrans_inn'], RU['a39_acc'], RU['alfa_bik'], RU['alfa_corr'])
    out.append(Msg('attack', 'ru', 'severtrans-rekvizity-lookalike',
        what='Carrier BEC: "Ирина Белова" (СеверТрансЛогистик) announces new bank requisites at Alfa-Bank and asks to pay two invoices there.',
        why='Look-alike domain severtrans-log.ru (real: severtrans.ru) hosted on Mail.ru for Business; requisites change by e-mail only, old account "will reject payments", accountant unreachable by phone. The BIK/account are formally valid, which makes it convincing. Compare genuine invoice B37.',
        when=(2026, 11, 13, 14, 20, 3), zone='RU', infra=I.mailru('a39', 'severtrans-log.ru', biz=True),
        frm=(BELOVA[0], 'i.belova@severtrans-log.ru'), to=[OK_RU], cc=[DS_RU],
        subject='Информационное письмо об изменении банковских реквизитов',
        body=alt(src, 'windows-1251', 'quoted-printable', style='outlook', lang='ru'),
        hcs=('windows-1251', 'B'), content_lang='ru'))

    # ------------------------------------------------------------------ A40
    url = 'https://owa-example-com-quota.web.app/?u=%s&q=98' % DS[1].replace('@', '%40')
    src = """Уважаемый пользователь!

Ваш почтовый ящик %s заполнен на 98%% (49,1 ГБ из 50 ГБ).

После достижения предела новые входящие письма будут отклоняться, а отправка писем станет невозможной. Чтобы бесплатно увеличить квоту до 100 ГБ, подтвердите свою учетную запись в течение 24 часов:

[[!Увеличить квоту|%s]]

Если вы не подтвердите учетную запись, часть старых писем будет удалена автоматически.

С уважением,
Служба технической поддержки почты
Example Group""" % (DS[1], url)
    out.append(Msg('attack', 'ru', 'kvota-pochty-phishing',
        what='Mailbox-quota phishing: "mail support" says the mailbox is 98% full and asks to "confirm the account" to get more space.',
        why='Internal IT impersonated from a Yandex freemail account; link to a Firebase-hosted page (web.app) imitating Outlook Web App to steal the Exchange password; deletion threat and 24-hour deadline. Compare genuine Yandex ID notice B38.',
        when=(2026, 12, 1, 11, 5, 40), zone='RU', infra=I.yandex('a40'),
        frm=('Администратор почты Example Group', 'support.mail.exgroup@yandex.ru'), to=[DS_RU],
        subject='Ваш почтовый ящик переполнен (98%)',
        body=alt(src, 'utf-8', 'base64', style='simple', lang='ru'), hcs=('utf-8', 'B')))
    return out


def business():
    out = []

    # ------------------------------------------------------------------ B37
    src = """Добрый день, Ольга!

Направляю счет на оплату № 2234 от 30.10.2026 за перевозки и таможенное оформление в октябре (12 рейсов Брест – Москва, оформление 4 деклараций). Сумма 1 184 400,00 руб., в т.ч. НДС 20%% - 197 400,00 руб. УПД направлен вам через Диадок, прошу подписать.

Реквизиты для оплаты (без изменений):
Получатель: ООО «СеверТрансЛогистик»
ИНН %s / КПП 772401001
ОГРН %s
Р/с %s в ПАО Сбербанк
БИК %s
К/с %s

Срок оплаты по договору — 15 банковских дней.

С уважением,
Ирина Белова
Главный бухгалтер
ООО «СеверТрансЛогистик»
тел. +7 495 781-42-10""" % (RU['severtrans_inn'], RU['severtrans_ogrn'], RU['severtrans_acc'], RU['sber_bik'], RU['sber_corr'])
    out.append(Msg('business', 'ru', 'severtrans-schet',
        what='Carrier СеверТрансЛогистик sends invoice No. 2234 with its (unchanged) Sberbank requisites; UPD sent via Diadoc.',
        why='Real domain severtrans.ru via Yandex 360 (Yandex webmail); requisites identical to the master data; the UPD goes through the EDI operator as usual. Hard negative of A39 and A38.',
        when=(2026, 10, 30, 15, 41, 19), zone='RU', infra=I.yandex('b37', 'severtrans.ru', web=True),
        frm=BELOVA, to=[OK_RU], subject='Счет № 2234 от 30.10.2026 и УПД',
        body=alt(src, 'utf-8', 'base64', style='simple', lang='ru'), hcs=('utf-8', 'B')))

    # ------------------------------------------------------------------ B38
    src = """Яндекс ID

Вход с нового устройства

Здравствуйте, dmitry.sokolov!

В ваш аккаунт Яндекс ID выполнен вход с нового устройства:

Устройство: Windows 11, Яндекс Браузер
Место: Москва, Россия
IP-адрес: 95.165.142.37
Время: 19.11.2026, 10:14 (МСК)

Если это были вы — всё в порядке, ничего делать не нужно.

Если это были не вы, смените пароль и проверьте список устройств в [[настройках безопасности|https://id.yandex.ru/security]].

С заботой о вашей безопасности,
команда Яндекс ID

Это письмо отправлено автоматически, отвечать на него не нужно."""
    out.append(Msg('business', 'ru', 'yandex-id-vhod',
        what='Genuine Yandex ID sign-in notice for the Russian office manager\'s Yandex account (used for Yandex Direct).',
        why='From noreply@id.yandex.ru via Yandex\'s own forward servers; link only to id.yandex.ru; informational, no credential request. Hard negative of A40.',
        when=(2026, 11, 19, 10, 14, 31), zone='RU', infra=I.yandex_notify('b38'),
        frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[(None, DS[1])],
        subject='Вход в аккаунт с нового устройства',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#fc3f1d', title='Яндекс ID', lang='ru'),
        hcs=('utf-8', 'B')))

    # ------------------------------------------------------------------ B39
    src = """Дмитрий, добрый день!

Направляю предварительный заказ на I квартал 2027 года:

- деревянный поезд "Lokomotive Lina" - 600 шт.
- набор "Ферма" (Bauernhof-Set) - 360 шт.
- каталка-трактор RT-200 - 120 шт.
- пазлы 500 элементов, 6 видов - 1 200 шт.

Цены прошу подтвердить по прайсу 2027 с учетом нашей скидки 12%%. Отгрузка желательно двумя партиями: середина февраля и середина марта.

И еще по партии 4418 от 20.11: в 14 коробках из 80 пазлы пришли с поврежденной упаковкой (намокли при перевозке). Фото и акт о расхождении прикладываю к письму в ЭДО, прошу рассмотреть претензию и сделать возврат или замену.

С уважением,
Андрей Волков
Руководитель отдела закупок
ООО "Игрушки Мира"
тел. +7 495 665-30-18, доб. 214"""
    out.append(Msg('business', 'ru', 'igrushki-mira-zakaz-pretenziya',
        what='Customer Игрушки Мира sends a Q1 2027 pre-order and a damage claim for batch 4418.',
        why='Known customer on his company\'s own mail server (Exim, Outlook); ordinary commercial content; documents go through EDI; no payment or credential request.',
        when=(2026, 12, 11, 11, 28, 4), zone='RU',
        infra=I.exim('b39', 'mail.igrushki-mira.ru', 'mail.igrushki-mira.ru', '91.201.52.18', '178.140.21.88',
                     'igrushki-mira.ru', mua='outlook', zone='RU'),
        frm=('Андрей Волков', 'a.volkov@igrushki-mira.ru'), to=[DS_RU],
        subject='Заказ на I квартал 2027 и претензия по партии 4418',
        body=alt(src, 'koi8-r', 'quoted-printable', style='outlook', lang='ru'), hcs=('koi8-r', 'B'),
        content_lang='ru'))

    # ------------------------------------------------------------------ B40
    src = """Ольга, добрый день.

Вчера через Контур.Экстерн пришло требование № 17-24/21107 о представлении пояснений по декларации по НДС за 3 квартал. Квитанцию о приеме я уже отправила, срок ответа — 5 рабочих дней, то есть до 25.11.

Пояснения подготовлю сама, от вас нужны только копии счетов-фактур СеверТрансЛогистик за сентябрь (№ 1987, 2011, 2046) — можно просто переслать мне сканы.

И на всякий случай: налоговая присылает требования только через оператора ЭДО, никогда по обычной почте и тем более с архивами под паролем. Если такое придет — не открывайте, перешлите мне.

Татьяна Морозова"""
    out.append(Msg('business', 'ru', 'buhgalter-trebovanie-kontur',
        what='The outsourced accountant (Yandex mail, Thunderbird) reports a genuine tax demand received via Kontur.Extern and asks for three invoice copies.',
        why='Known accountant on her usual Yandex address; the demand arrived through the proper EDI channel; requests documents by reply, no link or attachment; warns about fake demands with archives. Hard negative of A37 (and A38).',
        when=(2026, 11, 18, 9, 37, 50), zone='RU', infra=I.yandex('b40', 'yandex.ru', web=False),
        frm=('Татьяна Морозова', 't.morozova.buh@yandex.ru'), to=[OK_RU],
        subject='Требование из ИФНС через Контур - ответим до 25.11',
        body=plain(src, 'windows-1251', '8bit', flowed=True), hcs=('UTF-8', 'B'), content_lang='ru'))
    return out
