"""Gold specs for documents 05-08: news articles in French, Spanish, German (cp1252) and Russian."""
from corpus import Gold


def doc05():
    G = Gold("05-fr-news-barrage-vaur.txt", "html")
    title = "Tarn-et-Vaur : le barrage de la Gravière sera démantelé avant l'été"
    chapo = ("Les travaux commenceront en avril. Après dix ans de débats, la commune a tranché en faveur de la "
             "continuité écologique de la rivière.")
    G.meta(title=title, title_reject=["Le Courrier du Causse", "Environnement", "À lire aussi"],
           authors=["Claire Duvernoy"], published="2021-03-04", language="fr")
    G.optional_lines(title, chapo)
    G.cruft(
        "Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des contenus personnalisés. Vous pouvez modifier vos choix à tout moment.",
        "Tout accepter", "Tout refuser", "\nPersonnaliser\n", "\nLe Courrier du Causse\n", "S'abonner", "Se connecter",
        "\nAccueil\n", "\nRégion\n", "\nAveyron\n", "\nEnvironnement\n", "\nSports\n",
        "Par Claire Duvernoy",
        "Publié le 04/03/2021 à 07h15 · Mis à jour le 04/03/2021 à 11h40",
        "Partager sur Facebook", "Partager sur Twitter", "Envoyer par e-mail", "Copier le lien",
        "À lire aussi",
        "Sécheresse : les restrictions d'eau levées dans le sud du département",
        "Millau : la passerelle du Tarn rouverte aux piétons",
        "Vos réactions (12)", "Connectez-vous pour réagir",
        "© Le Courrier du Causse 2021 – Tous droits réservés",
        "Mentions légales", "Politique de confidentialité", "Gérer mes cookies",
    )
    G.keep(
        "Le conseil municipal de Tarn-et-Vaur a voté, le 3 mars 2021, la suppression du barrage de la Gravière",
        "La décision a été prise par 15 voix contre 4",
        "Le chantier doit débuter le 12 avril et s'achever fin juin, avant la période d'étiage.",
        "« C'est la fin d'un feuilleton qui dure depuis 2011 », résume le maire, Jean-Pierre Lacombe.",
        "Un ouvrage sans usage depuis 1962",
        "La filature Roques, qui utilisait la chute d'eau, a fermé ses portes en 1962.",
        "menée entre mai et septembre 2019",
        "Leur présidente, Odile Fabre, annonce un recours devant le tribunal administratif de Toulouse.",
        "Une passe à poissons écartée",
        "Une solution intermédiaire, la construction d'une passe à poissons, avait été étudiée en 2016.",
        "la Vaur est classée en liste 2 depuis le 7 octobre 2013",
        "Une réunion publique est prévue mardi 9 mars à 18 h 30 à la salle des fêtes.",
        "qui comprend un sentier et une plage de galets.",
    )
    G.opt_date("été", "2021-22", at="avant l'été", note="in the headline: the coming summer")
    G.opt_date("avril", "2021-04", at="commenceront en avril", note="in the standfirst (optional line)")
    G.date("04/03/2021", "2021-03-04", nth=0, in_cruft=True, note="'Publié le': the published value (day-first)")
    G.time("07h15", "07:15", in_cruft=True)
    G.date("04/03/2021", "2021-03-04", nth=1, in_cruft=True, note="'Mis à jour le'")
    G.time("11h40", "11:40", in_cruft=True)
    G.date("3 mars 2021", "2021-03-03", accept_text=["le 3 mars 2021"])
    G.date("XIXe siècle", "18", accept=["18XX"], accept_text=["au XIXe siècle"])
    G.date("12 avril", "2021-04-12", inferred_year=True, accept_text=["le 12 avril"])
    G.date("fin juin", "2021-06", qualifier="late", inferred_year=True)
    G.date("2011", "2011")
    G.date("1962", "1962", at="sans usage depuis 1962")
    G.date("1962", "1962", at="ses portes en 1962")
    G.date("mai et septembre 2019", "2019-05/2019-09", accept_text=["entre mai et septembre 2019"])
    G.opt_date("été", "2019-22", at="pendant l'été", note="the summer of the 2019 study")
    G.date("2016", "2016")
    G.date("7 octobre 2013", "2013-10-07", accept_text=["le 7 octobre 2013"])
    G.date("mardi 9 mars", "2021-03-09", inferred_year=True)
    G.time("18 h 30", "18:30")
    G.date("2021", "2021", at="© Le Courrier du Causse 2021", in_cruft=True)
    G.not_dates("2,40 mètres", "15 voix contre 4", "trois heures", "480 000 euros", "80 %", "2 °C", "1 200 signatures",
                "deux semaines", "650 000 euros", "liste 2", "dix ans", "(12)")
    G.meta(paragraph_count_hint=8, paragraph_breakdown={"heading": 2, "list_item": 0, "paragraph": 6})
    G.note(
        "French regional news page: cookie banner (Tout accepter / Tout refuser / Personnaliser), masthead, menu, byline 'Par …', the 'Publié le 04/03/2021 à 07h15 · Mis à jour le …' line (day-first numeric dates, French '07h15' times), share links, 'À lire aussi' related links, the comment counter and the legal footer are cruft.",
        "The headline is the title; the standfirst (chapô) under it may be kept or dropped (optional line). Two crossheads are headings.",
        "Dates: 'le 3 mars 2021' (span without the article 'le', accepted with it), 'XIXe siècle' (Roman-numeral century = 18), 'le 12 avril', 'fin juin' (late June) and 'mardi 9 mars' take the year 2021 from the page, 'mai et septembre 2019' is a month range. French times '18 h 30'. 'avant l'été' (headline) and 'pendant l'été' are optional.",
        "Numbers with a space as thousands separator ('480 000 euros', '1 200 signatures') and '2,40 mètres' are not dates.",
    )
    return G


def doc06():
    G = Gold("06-es-news-almazara-cooperativa.txt", "html")
    title = "La cooperativa de Valdeolmos cierra su peor campaña de aceite en tres décadas"
    entradilla = ("La sequía y las heladas de enero reducen la cosecha a menos de la mitad. Los socios piden "
                  "ayudas urgentes a la Junta.")
    G.meta(title=title, title_reject=["La Voz de Almenara", "CAMPO", "Te puede interesar"],
           authors=["Lucía Berrocal"], published="2021-03-05", language="es")
    G.optional_lines(title, entradilla)
    G.cruft(
        'Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada en base a un perfil elaborado a partir de tus hábitos de navegación. Puedes aceptar todas las cookies pulsando el botón "Aceptar" o configurarlas o rechazar su uso pulsando el botón "Configurar".',
        "\nAceptar\n", "\nConfigurar\n", "\nRechazar\n", "\nLa Voz de Almenara\n", "Suscríbete", "Iniciar sesión",
        "\nPortada\n", "\nComarca\n", "\nEconomía\n", "\nCampo\n", "\nOpinión\n", "\nHemeroteca\n", "\nCAMPO\n",
        "\nLucía Berrocal\n", "\nValdeolmos\n", "Actualizado 05/03/2021 - 10:42",
        "Compartir en Facebook", "Compartir en Twitter", "Compartir en WhatsApp", "Enviar por correo",
        "Te puede interesar",
        "Los regantes del Guadalmena reclaman más agua para el olivar",
        "El Ayuntamiento licita la reforma del mercado de abastos",
        "\nComentarios\n", "Para comentar es necesario estar registrado en La Voz de Almenara",
        "© 2021 Ediciones del Alto Guadalquivir S.L.", "Aviso legal", "Política de privacidad", "Política de cookies",
    )
    G.keep(
        "La cooperativa San Isidro de Valdeolmos dio por cerrada el 3 de marzo de 2021 la campaña de aceite 2020/2021",
        "La almazara ha molturado 6,8 millones de kilos de aceituna",
        '"No veíamos una cosecha así desde principios de los noventa", explica el presidente de la cooperativa, Antonio Jurado',
        "La sequía del verano de 2020, con apenas 40 litros por metro cuadrado entre abril y octubre, dejó los olivos con poca carga.",
        "Las heladas del 9 y el 10 de enero terminaron de estropear la fruta que quedaba en el árbol.",
        "Precios altos que no compensan",
        "según el Observatorio de Precios de la Junta",
        '"Con la mitad de kilos y los mismos gastos, muchos socios van a perder dinero", lamenta Jurado.',
        "La cooperativa, fundada en 1957, agrupa a 612 socios y cultiva unas 4.100 hectáreas",
        "En la asamblea del pasado sábado los socios aprobaron pedir a la Consejería de Agricultura",
        "El alcalde, Manuel Ortega, se ha reunido este jueves con la delegada provincial",
        "La próxima campaña empezará a mediados de noviembre, si la lluvia lo permite.",
    )
    G.opt_date("enero", "2021-01", at="heladas de enero reducen", note="in the standfirst (optional line)")
    G.date("05/03/2021", "2021-03-05", in_cruft=True, note="'Actualizado': the only date the page gives (day-first)")
    G.time("10:42", "10:42", in_cruft=True)
    G.date("3 de marzo de 2021", "2021-03-03")
    G.date("2020/2021", "2020-10/2021-09", accept=["2020/2021"], accept_split=True,
           note="olive-oil campaign year, 1 October to 30 September")
    G.date("principios de los noventa", "199X", qualifier="early", accept=["199"])
    G.date("2009", "2009")
    G.date("verano de 2020", "2020-22", accept=["2020"])
    G.date("abril y octubre", "2020-04/2020-10", inferred_year=True, accept_text=["entre abril y octubre"])
    G.date("9 y el 10 de enero", "2021-01-09/2021-01-10", inferred_year=True)
    G.opt_date("hace un año", "2020-03", note="relative to the article")
    G.date("1957", "1957")
    G.opt_date("pasado sábado", "2021-02-27", note="the Saturday before the article of Friday 5 March 2021")
    G.opt_date("octubre", at="cobrarse en octubre", note="recurring: the usual payment month")
    G.opt_date("este jueves", "2021-03-04", note="relative: Thursday 4 March 2021")
    G.opt_date("verano", "2021-22", at="antes del verano")
    G.date("mediados de noviembre", "2021-11", qualifier="mid", inferred_year=True)
    G.date("2021", "2021", at="© 2021 Ediciones", in_cruft=True)
    G.not_dates("tres décadas", "6,8 millones de kilos", "15,2 millones", "1,3 millones de kilos", "40 litros",
                "3,20 euros", "612 socios", "4.100 hectáreas")
    G.meta(paragraph_count_hint=6, paragraph_breakdown={"heading": 1, "list_item": 0, "paragraph": 5})
    G.note(
        "Spanish regional news page: cookie consent text and buttons, masthead, menu, section label 'CAMPO', byline as a bare name line, location line, 'Actualizado 05/03/2021 - 10:42', share links, 'Te puede interesar' related links, the comments notice and the legal footer are cruft.",
        "The headline is the title; the standfirst (entradilla) is optional. published = 2021-03-05, the 'Actualizado' date: the page prints no other.",
        "Dates: '3 de marzo de 2021', the campaign year '2020/2021' (October to September; the plain year range is accepted), 'principios de los noventa' (early 1990s), 'verano de 2020' (season), 'abril y octubre' and '9 y el 10 de enero' (years from context), 'mediados de noviembre' (mid November 2021). Relative expressions ('hace un año', 'pasado sábado', 'este jueves', 'antes del verano') and the recurring 'en octubre' are optional.",
        "Spanish numbers use '.' for thousands and ',' for decimals ('4.100 hectáreas', '6,8 millones'): not dates.",
    )
    return G


def doc07():
    G = Gold("07-de-news-holzbruecke-cp1252.txt", "html")
    title = "Eschbach: Sanierung der Holzbrücke verzögert sich bis 2023"
    vorspann = "Gutachter finden Pilzbefall in den Tragbalken – Kosten steigen auf 1,9 Millionen Euro"
    G.meta(title=title, title_reject=["Werra-Bote", "Lokales › Eschbach", "Das könnte Sie auch interessieren"],
           authors=["Jana Kessler"], published="2021-03-04", language="de")
    G.optional_lines(title, vorspann)
    G.cruft(
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, die Nutzung unserer Website zu analysieren und Ihnen Werbung anzuzeigen. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Ihre Einwilligung können Sie jederzeit widerrufen.",
        "\nAlle akzeptieren\n", "\nEinstellungen\n", "Nur notwendige Cookies", "\nWerra-Bote\n", "\nAbo\n",
        "\nAnmelden\n", "\nStartseite\n", "\nLokales\n", "\nEschbach\n", "\nRegion\n", "\nWirtschaft\n", "\nSport\n",
        "Lokales › Eschbach", "Von Jana Kessler", "Stand: 04.03.2021, 18:30 Uhr",
        "\nTeilen\n", "Auf Facebook teilen", "Auf Twitter teilen", "Per E-Mail teilen", "Link kopieren",
        "Das könnte Sie auch interessieren",
        "Unterrode: Neues Feuerwehrhaus eingeweiht",
        "B 27: Vollsperrung bei Eschbach ab Montag",
        "\nKommentare\n", "Um kommentieren zu können, müssen Sie angemeldet sein.",
        "© Werra-Bote 2021", "Impressum", "Datenschutz", "Cookie-Einstellungen",
    )
    G.keep(
        "Die Sanierung der historischen Holzbrücke über die Werra in Eschbach dauert länger als geplant.",
        "Das hat Bürgermeister Thomas Rüdiger (SPD) am 3. März 2021 im Bauausschuss mitgeteilt.",
        "Statt im Herbst 2021 soll die Brücke nun erst im Frühjahr 2023 wieder für Fußgänger und Radfahrer geöffnet werden.",
        "Bei einer Untersuchung im Januar hatten Gutachter in drei der acht Tragbalken Pilzbefall festgestellt.",
        "Die Balken stammen zum Teil noch aus dem Jahr 1838",
        "Kosten fast verdoppelt",
        "Das Land Hessen übernimmt 60 Prozent, weil die Brücke seit 1984 unter Denkmalschutz steht.",
        "Die Ausschreibung für die neuen Balken soll bis Ende April veröffentlicht werden.",
        "die seit dem 15.06.2020 täglich von 7 bis 19 Uhr fährt",
        "Kritik kam von der Opposition.",
        "Ein Brückenbuch, wie es die DIN 1076 vorschreibt, führe die Stadt erst seit 2018.",
        "Der Bauausschuss tagt das nächste Mal am 18. März um 19.30 Uhr im Rathaus.",
    )
    G.opt_date("2023", "2023", at="verzögert sich bis 2023", note="in the headline (optional line)")
    G.date("04.03.2021", "2021-03-04", in_cruft=True, note="'Stand:': the published value")
    G.time("18:30", "18:30", in_cruft=True)
    G.date("3. März 2021", "2021-03-03")
    G.date("Herbst 2021", "2021-23", accept=["2021"])
    G.date("Frühjahr 2023", "2023-21", accept=["2023"])
    G.date("Januar", "2021-01", at="Untersuchung im Januar", inferred_year=True)
    G.date("1838", "1838", accept_text=["Jahr 1838", "dem Jahr 1838"])
    G.date("1984", "1984")
    G.date("Ende April", "2021-04", qualifier="late", inferred_year=True)
    G.date("August", "2021-08", inferred_year=True)
    G.date("15.06.2020", "2020-06-15")
    G.opt_date("7 bis 19 Uhr", note="daily operating hours (recurring times)")
    G.date("Neunzigerjahren", "199X", accept=["199"], accept_text=["den Neunzigerjahren"])
    G.date("2018", "2018")
    G.date("18. März", "2021-03-18", inferred_year=True)
    G.time("19.30 Uhr", "19:30", accept_text=["19.30"])
    G.date("2021", "2021", at="© Werra-Bote 2021", in_cruft=True)
    G.not_dates("1,9 Millionen Euro", "rund einer Million Euro", "60 Prozent", "DIN 1076", "B 27", "drei der acht")
    G.meta(paragraph_count_hint=7, paragraph_breakdown={"heading": 1, "list_item": 0, "paragraph": 6})
    G.note(
        "German local news page, saved in cp1252 (Windows-1252): 'ä ö ü ß', the quotes „ “ and the dash – are single bytes. The file must be decoded as cp1252; keep strings with umlauts fail otherwise.",
        "Cookie banner, masthead, menu, breadcrumb 'Lokales › Eschbach', byline 'Von …', 'Stand: 04.03.2021, 18:30 Uhr', share links, 'Das könnte Sie auch interessieren', the comments notice and the footer are cruft. The headline is the title, the sub-headline (Vorspann) is optional.",
        "Dates: '3. März 2021' (the day's dot is part of the span), seasons 'Herbst 2021' (autumn) and 'Frühjahr 2023' (spring), 'im Januar', 'bis Ende April' (late April), 'im August', '18. März' (year 2021 from the page), numeric day-first '15.06.2020', the decade 'Neunzigerjahren'. Times '19.30 Uhr' (dot separator). The daily hours '7 bis 19 Uhr' are optional. 'bis 2023' in the headline is optional.",
        "'DIN 1076' (a standard), 'B 27' (a road, in cruft) and the money amounts are not dates.",
    )
    return G


def doc08():
    G = Gold("08-ru-news-biblioteka-kluchevsk.txt", "html")
    title = "В Ключевске после ремонта открылась центральная библиотека"
    G.meta(title=title, title_reject=["Вечерний Ключевск", "Главная / Культура", "Читайте также:"],
           authors=["Ирина Соколова"], published="2021-03-04", language="ru")
    G.optional_lines(title)
    G.cruft(
        "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с условиями обработки персональных данных.",
        "\nПринять\n", "\nПодробнее\n", "\nВечерний Ключевск\n", "\nНовости\n", "\nГород\n", "\nОбщество\n",
        "\nКультура\n", "\nПроисшествия\n", "\nСпорт\n", "\nВойти\n", "Главная / Культура",
        "04.03.2021 14:20", "Текст: Ирина Соколова", "Фото: пресс-служба администрации", "\n1 274\n",
        "Поделиться:", "\nВКонтакте\n", "\nОдноклассники\n", "\nTelegram\n", "\nWhatsApp\n",
        "Читайте также:",
        "В Ключевске выбрали лучший двор 2020 года",
        "На трассе М-8 под Ключевском ограничат движение грузовиков",
        "Комментарии (4)", "Чтобы оставить комментарий, войдите на сайт.",
        "© 2008–2021 «Вечерний Ключевск». Все права защищены. 16+",
        "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-54321 от 12.05.2013.",
    )
    G.keep(
        "Центральная городская библиотека имени А. П. Чехова открылась после капитального ремонта 3 марта 2021 г.",
        "здание на улице Ленина закрыли в апреле 2019 года, когда инженеры обнаружили трещины в несущих стенах.",
        "Ремонт обошёлся в 48,6 млн рублей.",
        "в бывшем книгохранилище на первом этаже появился зал для детей и подростков.",
        "«Мы хотели, чтобы библиотека стала местом, куда приходят не только за книгами», – рассказала директор библиотеки Галина Морозова.",
        "Здание библиотеки построено в 1956 году и считается памятником архитектуры советского периода.",
        "роспись 1950-х годов, которую решили сохранить",
        "Реставраторы из Ярославля работали над ней с сентября по декабрь 2020 года.",
        "Фонд библиотеки насчитывает около 160 тысяч томов.",
        "а в конце 2020 года библиотека запустила электронный абонемент.",
        "Глава города Сергей Павлов пообещал, что в 2022 году отремонтируют ещё два филиала",
        "Торжественная церемония открытия для горожан пройдёт в субботу, 6 марта, в 12:00.",
    )
    G.date("04.03.2021", "2021-03-04", in_cruft=True, note="time stamp under the headline: the published value")
    G.time("14:20", "14:20", in_cruft=True)
    G.date("3 марта 2021", "2021-03-03", accept_text=["3 марта 2021 г."])
    G.date("апреле 2019", "2019-04", accept_text=["апреле 2019 года"])
    G.date("1956", "1956", accept_text=["1956 году"])
    G.date("1950-х", "195X", accept=["195"], accept_text=["1950-х годов"])
    G.date("сентября по декабрь 2020", "2020-09/2020-12",
           accept_text=["с сентября по декабрь 2020", "с сентября по декабрь 2020 года", "сентября по декабрь 2020 года"])
    G.date("конце 2020", "2020", qualifier="late", accept_text=["конце 2020 года", "в конце 2020 года"])
    G.date("2022", "2022", accept_text=["2022 году"])
    G.date("6 марта", "2021-03-06", inferred_year=True, accept_text=["субботу, 6 марта"])
    G.time("12:00", "12:00")
    G.date("2020", "2020", at="лучший двор 2020 года", in_cruft=True, note="related-story headline")
    G.date("2008–2021", "2008/2021", accept_split=True, in_cruft=True)
    G.date("12.05.2013", "2013-05-12", in_cruft=True, note="registration certificate date")
    G.not_dates("почти два года", "48,6 млн рублей", "35 млн", "200 человек", "160 тысяч томов", "30 тысяч книг",
                "М-8", "ФС77-54321", "16+")
    G.meta(paragraph_count_hint=6, paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 6})
    G.note(
        "Russian city news page: cookie notice ('Мы используем файлы cookie…', 'Принять'), masthead, menu, breadcrumb 'Главная / Культура', the time stamp '04.03.2021 14:20', 'Текст:' byline, photo credit, view counter '1 274', share buttons (ВКонтакте, Одноклассники, Telegram, WhatsApp), 'Читайте также:' related links, comments notice, copyright with age rating '16+' and the media registration line are cruft.",
        "Dates: the span leaves out the trailing 'г.' / 'года' / 'году' (year), which are accepted in accept_text; the preposition 'в' and 'с' are outside the span. Genitive month names ('3 марта 2021', 'с сентября по декабрь 2020'), prepositional 'в апреле 2019 года', decade '1950-х годов', 'в конце 2020 года' (late 2020), 'в субботу, 6 марта' (year from the page).",
        "'почти два года' (a duration), money ('48,6 млн рублей'), counts, the road 'М-8' and the certificate 'ФС77-54321' are not dates.",
    )
    return G
