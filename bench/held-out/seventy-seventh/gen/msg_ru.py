"""Russian messages: attacks 37-40, business 37-40."""
from banking import ru_inn10
from company import S, RU, PRIVATE
from compose import att_pdf, att_zipenc

SEV_UPAK_INN = ru_inn10('780641823')


def attacks():
    L = []
    # ------------------------------------------------------------ 37
    L.append(dict(
        n=37, lang='ru', slug='fns-trebovanie-zip-parol',
        tech='Tax-authority (FNS) "requirement for explanations" with a password-protected ZIP holding an executable, from a compromised Russian hosting account',
        what='"IFNS No. 15 St Petersburg" demands explanations on VAT discrepancies within five days; the requirement is in an encrypted archive, password 7815.',
        why='The tax service sends requirements through the telecom EDI operator (TKS), never as e-mail archives; look-alike domain nalog-trebovanie.ru; encrypted ZipCrypto archive with "Требование_15-07-41873.pdf.exe"; threat of account blocking; sent via a hijacked Timeweb hosting account.',
        frm=('Межрайонная ИФНС России № 15 по г. Санкт-Петербургу', 'ifns7815@nalog-trebovanie.ru'),
        env_from='buh@stroymontazh-nw.ru', to=[S('kuznetsova', True)],
        subject='Требование о представлении пояснений № 15-07/41873 от 12.10.2026', date='2026-10-12 11:05:44', tz='ru',
        msgid_domain='nalog-trebovanie.ru',
        infra=('exim_plain', dict(host='vh404.timeweb.ru', ip='92.53.96.114', local_user='cr47811', zone='ru',
                                  client='phpmailer', client_kw={'xm': 'PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)'})),
        charset='koi8-r', cte='8bit', hcs='koi8-r', henc='B',
        attachments=[att_zipenc('Требование_15-07-41873.zip', ['Требование_15-07-41873.pdf.exe', 'Приложение_1_расхождения.pdf.exe'],
                                '7815', (2026, 10, 12, 10, 52, 30), 'a37', style='2231')],
        text="""Уважаемый налогоплательщик!

Межрайонная ИФНС России № 15 по г. Санкт-Петербургу в соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации уведомляет о выявленных расхождениях в налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года ООО «Экзампл Груп Рус» (ИНН %s, КПП %s).

Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование № 15-07/41873 от 12.10.2026 и перечень расхождений (приложение № 1) направлены во вложении. В целях защиты персональных данных архив защищён паролем: 7815

Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 НК РФ, а также может послужить основанием для приостановления операций по счетам налогоплательщика.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
А. В. Громова""" % (RU['eg_inn'], RU['eg_kpp']),
    ))
    # ------------------------------------------------------------ 38
    letter = att_pdf('Pismo_o_smene_rekvizitov.pdf', [
        ('OOO "VendTekhServis"', 14, True), ('INN ' + RU['vts_inn'] + ' / KPP ' + RU['vts_kpp'] + ' / OGRN ' + RU['vts_ogrn'], 8, False), '',
        ('Informatsionnoe pismo N 214 ot 13.11.2026', 12, True), '',
        'Uvazhaemye partnery!', 'S 16.11.2026 OOO "VendTekhServis" perevodit raschetno-kassovoe obsluzhivanie v AO "TBank".',
        'Prosim proizvodit oplatu po novym rekvizitam:', '',
        'R/s ' + RU['mule_rs'], 'Bank: AO "TBank", g. Moskva', 'BIK ' + RU['mule_bik'] + '   K/s ' + RU['mule_ks'], '',
        'Oplaty po prezhnim rekvizitam budut vozvrashcheny.', '', 'General\'nyi direktor ______________ I. N. Belov', 'M.P.'],
        title='Pismo', author='user', producer='Microsoft: Print To PDF', creator='Microsoft Word', date='2026-11-13 17:02', tz='ru')
    L.append(dict(
        n=38, lang='ru', slug='vendtehservis-lookalike-smena-rekvizitov',
        tech='Supplier bank-detail change from a look-alike domain (BEC) with a forged letter, Russian settlement account',
        what='"Sergey Volkov" of the spare-parts supplier announces that the company moves to another bank and asks to pay two invoices (RUB 284,560) to the new account; letter attached.',
        why='Domain vendtehservice.ru instead of vendtehservis.ru, on a Russian VPS; new account at a Moscow bank while the supplier is in St Petersburg; "payments to the old account will be returned"; confirmation by reply. The genuine invoice (business/37) shows the Sberbank account "without changes".',
        frm=('Сергей Волков', 's.volkov@vendtehservice.ru'), to=[S('kuznetsova', True)], cc=[S('sokolov', True)],
        subject='Изменение банковских реквизитов ООО «ВендТехСервис»', date='2026-11-16 15:31:27', tz='ru',
        infra=('hosted_postfix', dict(host='mail.vendtehservice.ru', ip='91.201.41.76', rdns='vm1288341.firstbyte.club',
                                      client_helo='WIN-8Q1LK3T4', client_ip='91.201.41.76', client_rdns='vm1288341.firstbyte.club',
                                      auth='s.volkov@vendtehservice.ru', zone='ru', client='outlook16', client_kw={'lang': 'ru'})),
        charset='windows-1251', cte='quoted-printable', html='outlook', html_lang='RU', hcs='windows-1251', henc='B',
        attachments=[letter],
        text="""Ольга, добрый день!

Уведомляем Вас, что с 16.11.2026 ООО «ВендТехСервис» переводит расчётно-кассовое обслуживание в АО «ТБанк» в связи с закрытием расчётного счёта в ПАО Сбербанк.

Просим оплату по счетам № 1187 от 02.11.2026 и № 1203 от 09.11.2026 (итого 284 560,00 руб., в т.ч. НДС 22%%) производить по новым реквизитам:

Получатель: ООО «ВендТехСервис»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Официальное письмо за подписью генерального директора во вложении. Оплату по старым реквизитам просим не производить – платёж будет возвращён.

Будем благодарны за подтверждение получения письма и сроков оплаты ответным сообщением.

С уважением,
Сергей Волков
Менеджер по работе с клиентами
ООО «ВендТехСервис»
тел. +7 (812) 409-27-18""" % (RU['vts_inn'], RU['vts_kpp'], RU['mule_rs'], RU['mule_bik'], RU['mule_ks']),
    ))
    # ------------------------------------------------------------ 39
    L.append(dict(
        n=39, lang='ru', slug='kontur-diadok-dokument-na-podpis',
        tech='EDI-provider impersonation (Kontur.Diadoc "document to sign") credential phishing from a compromised hosting account',
        what='"Kontur.Diadoc" says a UPD (universal transfer document) from a packaging supplier awaits signature by 30 Nov; button "Перейти к документу".',
        why='Look-alike domain diadoc-kontur-docs.ru (real: diadoc.kontur.ru); counterparty not a known supplier; sent by script from a hijacked Beget hosting account; deadline; the page harvests Kontur credentials/certificate PIN. HTML-only mail.',
        frm=('Контур.Диадок', 'noreply@diadoc-kontur-docs.ru'), env_from='mail@tk-pulsar.ru',
        to=[S('kuznetsova', True)], subject='Вам поступил документ на подпись: УПД № 2211 от ООО «Северная Упаковка»',
        date='2026-11-27 09:14:55', tz='ru', msgid_domain='diadoc-kontur-docs.ru',
        infra=('exim_plain', dict(host='smtp22.mail.beget.com', ip='5.101.153.22', local_user='tkpuls7q', zone='ru',
                                  client='phpmailer', exim='4.97')),
        charset='utf-8', cte='base64', html='brand', hcs='utf-8', henc='B', html_only=True,
        brand=dict(brand='Контур.Диадок', color='#2f8a3a', title='Контур.Диадок',
                   footer='Это письмо сформировано автоматически, отвечать на него не нужно.\nАО «ПФ «СКБ Контур»'),
        text="""Здравствуйте!

Вам поступил документ от контрагента ООО «Северная Упаковка» (ИНН %s):

Документ: Универсальный передаточный документ № 2211 от 25.11.2026
Сумма: 412 380,00 руб., в т.ч. НДС 22%%
Статус: требуется подпись получателя

Срок подписания – до 30.11.2026. После этого документ будет считаться отклонённым.

[[Перейти к документу|https://diadoc-kontur-docs.ru/Box/Documents?boxId=7f3c2a91&docId=2211&ctx=Ej8Qm2]]

С уважением,
Контур.Диадок""" % SEV_UPAK_INN,
    ))
    # ------------------------------------------------------------ 40
    L.append(dict(
        n=40, lang='ru', slug='yandex-id-vhod-lookalike',
        tech='Account-takeover phishing imitating a Yandex ID sign-in alert, look-alike domain on a VPS',
        what='"Яндекс ID" reports a sign-in from Novosibirsk at night and offers a "That wasn\'t me" button to change the password.',
        why='Sender domain yandex-id-security.ru (real: id.yandex.ru), sent from a VPS; the button leads to a fake Yandex login page; classic fake security alert. Compare genuine Yandex notice business/38.',
        frm=('Яндекс ID', 'id@yandex-id-security.ru'), to=[S('sokolov', True)],
        subject='Вход в аккаунт с нового устройства', date='2026-12-04 02:47:19', tz='ru',
        infra=('local_postfix', dict(host='mail.yandex-id-security.ru', ip='45.141.84.201', rdns='vm2045318.stark-industries.solutions',
                                     zone='utc', uid=0, client='phpmailer')),
        charset='windows-1251', cte='base64', html='brand', hcs='windows-1251', henc='B', plain_link='colon',
        brand=dict(brand='Яндекс ID', color='#fc3f1d', title='Яндекс ID',
                   footer='Это автоматическое письмо – отвечать на него не нужно.\n© 2026 ООО «Яндекс»'),
        text="""Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства:

Устройство: Android 14, Яндекс Браузер
Местоположение: Новосибирск, Россия
Время: 4 декабря 2026, 02:41 (МСК)

Если это были не вы, срочно смените пароль, иначе доступ к аккаунту и связанным сервисам (Яндекс Бизнес, Директ, Диск) может быть утрачен.

[[Это был не я|https://yandex-id-security.ru/passport/restore?uid=1130000061842197&track=8f1c2e]]

С уважением,
команда Яндекс ID""",
    ))
    return L


def business():
    L = []
    # ------------------------------------------------------------ 37
    schet = att_pdf('Schet_1187_ot_02.11.2026.pdf', [
        ('OOO "VendTekhServis"', 14, True), ('198095, Sankt-Peterburg, ul. Zheleznovodskaya 32, lit. B', 8, False), '',
        'Poluchatel: OOO "VendTekhServis"   INN ' + RU['vts_inn'] + '   KPP ' + RU['vts_kpp'],
        'R/s ' + RU['vts_rs'] + '   Severo-Zapadnyi bank PAO Sberbank',
        'BIK ' + RU['vts_bik'] + '   K/s ' + RU['vts_ks'], '',
        ('SCHET NA OPLATU N 1187 ot 02.11.2026', 12, True), '',
        'Pokupatel: OOO "Ekzampl Grup Rus", INN ' + RU['eg_inn'] + ', KPP ' + RU['eg_kpp'], '',
        '1  Monetopriemnik NRI G-13.mft             12 sht   7 450,00    89 400,00',
        '2  Plata upravleniya Orobica 900             4 sht  12 980,00    51 920,00',
        '3  Pompa Ulka EP5 48W                        10 sht   2 710,00    27 100,00', '',
        ('Itogo: 168 420,00 rub., v t.ch. NDS 22% - 30 370,82 rub.', 11, True)],
        title='Schet 1187', author='buh', producer='1C:Enterprise 8.3', creator='1C:Enterprise 8.3',
        date='2026-11-02 12:31', tz='ru')
    L.append(dict(
        n=37, lang='ru', slug='vendtehservis-schet-na-oplatu',
        pair=[38],
        what='Spare-parts supplier sends invoice No. 1187 with unchanged bank details (Sberbank), PDF from 1C attached.',
        why='Real supplier domain vendtehservis.ru from its own server with The Bat!, known contact, explicitly "реквизиты без изменений", UPD via Diadoc as usual. Hard negative of attack/38.',
        frm=('Сергей Волков', 's.volkov@vendtehservis.ru'), to=[S('kuznetsova', True)],
        subject='Счёт № 1187 от 02.11.2026 на оплату запчастей', date='2026-11-02 12:40:05', tz='ru',
        infra=('hosted_postfix', dict(host='mail.vendtehservis.ru', ip='95.213.194.18', rdns='mail.vendtehservis.ru',
                                      client_helo='[192.168.0.15]', client_ip='178.70.112.41',
                                      client_rdns='ppp178-70-112-41.pppoe.spb.avangarddsl.ru', auth='s.volkov@vendtehservis.ru',
                                      zone='ru', client='thebat')),
        charset='windows-1251', cte='8bit', hcs='windows-1251', henc='B', cs_label='windows-1251', quote_cs=False,
        attachments=[schet],
        text="""Ольга, добрый день!

Направляю счёт № 1187 от 02.11.2026 на оплату запасных частей по заявке от 28.10 (монетоприёмники NRI G-13, платы управления, помпы Ulka EP5) на сумму 168 420,00 руб., в т.ч. НДС 22%% – 30 370,82 руб.

Реквизиты для оплаты без изменений:
ООО «ВендТехСервис», ИНН %s, КПП %s
Р/с %s
в Северо-Западном банке ПАО Сбербанк, г. Санкт-Петербург
БИК %s, к/с %s

Отгрузка – после поступления оплаты, УПД направим через Диадок.

--
С уважением,
Сергей Волков
ООО «ВендТехСервис»
тел. +7 (812) 409-27-18""" % (RU['vts_inn'], RU['vts_kpp'], RU['vts_rs'], RU['vts_bik'], RU['vts_ks']),
    ))
    # ------------------------------------------------------------ 38
    L.append(dict(
        n=38, lang='ru', slug='yandex-id-vhod-genuine',
        pair=[40],
        what='Genuine Yandex ID sign-in notification for the Russian office manager\'s Yandex account (used for Yandex Business/Direct).',
        why='Sent by Yandex\'s own forwarders (forward*.mail.yandex.net), only links to id.yandex.ru, informational; matches his own sign-in in the office. Hard negative of attack/40.',
        frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S('sokolov', True)], subject='Вход в аккаунт',
        date='2026-11-19 10:02:31', tz='ru', infra=('yandex', dict(client_ip=None, client='yandexid')),
        charset='utf-8', cte='base64', html='brand', hcs='utf-8', henc='B', plain_link='colon',
        brand=dict(brand='Яндекс ID', color='#fc3f1d', title='Яндекс ID',
                   footer='Это автоматическое письмо – отвечать на него не нужно.\n© 2026 ООО «Яндекс»'),
        text="""Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт dmitry.sokolov@example.com

Устройство: Windows, Яндекс Браузер
Местоположение (примерно): Санкт-Петербург, Россия
Время: 19 ноября 2026, 10:01 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не узнаёте этот вход, смените пароль и проверьте историю входов: https://id.yandex.ru/security

С уважением,
команда Яндекс ID""",
    ))
    # ------------------------------------------------------------ 39
    L.append(dict(
        n=39, lang='ru', slug='kofe-neva-pretenziya-postavka',
        what='Customer / sub-distributor files a complaint about damaged coffee valves and short-delivered cups, and confirms the November order.',
        why='Known customer from its own domain via its mail server with The Bat! (KOI8-R), legitimate claim, no payment instructions or links.',
        frm=('Андрей Морозов', 'a.morozov@kofe-neva.ru'), to=[S('sokolov', True)],
        subject='Претензия по поставке ТН № 3312 от 14.10.2026', date='2026-10-21 16:15:48', tz='ru',
        infra=('exim_plain', dict(host='mail.kofe-neva.ru', ip='188.120.243.57', client_ip='188.120.243.50',
                                  client_helo='MOROZOV-NB', zone='ru', client='thebat')),
        charset='koi8-r', cte='quoted-printable', hcs='koi8-r', henc='B', cs_label='koi8-r', quote_cs=False,
        text="""Дмитрий, добрый день!

К сожалению, вынуждены направить претензию по последней поставке (ТН № 3312 от 14.10.2026).

1. Кофе в зёрнах «Hanse Crema», 1 кг – 40 упаковок из партии L2609 с повреждёнными клапанами, кофе выдохся, клиенты жалуются на вкус.
2. Вместо 12 коробок стаканчиков 250 мл пришло 10.

Просим заменить 40 упаковок кофе и допоставить 2 коробки стаканчиков со следующей поставкой либо выставить корректировочный УПД. Фото упаковок и акт приёмки пришлём по запросу.

Заказ на ноябрь подтверждаем в прежнем объёме.

С уважением,
Андрей Морозов
коммерческий директор
ООО «Кофе-Сервис Нева»
+7 (812) 602-15-40""",
    ))
    # ------------------------------------------------------------ 40
    L.append(dict(
        n=40, lang='ru', slug='bolnichnyi-s-lichnoi-pochty',
        what='The Russian accountant writes from her private Yandex mailbox that she is ill and will open an electronic sick note.',
        why='Known private address of the employee via Yandex\'s own servers, no request for money, data or credentials; notes that payments are prepared and only need the usual signature.',
        frm=('Ольга Кузнецова', PRIVATE['kuznetsova']), to=[S('sokolov', True)], subject='Заболела',
        date='2026-12-14 08:20:36', tz='ru', infra=('yandex', dict(client_ip='95.55.211.140')),
        charset='utf-8', cte='base64', html='simple', hcs='utf-8', henc='B', html_only=True,
        text="""Дмитрий, доброе утро!

Заболела, температура 38,5. Вызвала врача на дом, откроют больничный (электронный, номер ЭЛН пришлю, как только врач оформит). Скорее всего, до конца недели.

Срочного по бухгалтерии ничего нет: платёжки на эту неделю в банке подготовлены, нужно только подписать. Акт сверки с «ВендТехСервисом» лежит в папке у меня на столе.

Пишу с личной почты, рабочий ноутбук остался в офисе.

Ольга""",
    ))
    return L
