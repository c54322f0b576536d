"""Given names: evidence that a capitalised pair of words names a person.

Source: written for newsparse from common given names in English-language news
(US Social Security Administration popular-names lists, public domain, and given
names of public figures frequent in international news).  The list is evidence,
not a requirement: persons are also found from titles and reporting verbs.
Licence: same as newsparse (MIT).
"""

from __future__ import annotations

FIRST_NAMES: frozenset[str] = frozenset("""
Aaron Abdul Abdullah Abdel Abel Abraham Adam Adel Adil Adrian Agnes Agnès Ahmad Ahmed
Aisha Alan Albert Alberto Alejandro Aleksandr Alex Alexander Alexandre Alexandra Alexei
Alexey Alexis Ali Alice Alicia Alison Allan Amanda Amber Amir Amy Ana Anders Andre André
Andrea Andreas Andrei Andrew Andrés Andrzej Angela Angelina Anita Ann Anna Anne Annalena
Anthony Antonio António Antony Anwar Ariel Arnold Arthur Ashraf Ashley Avi Ayman Barack
Barbara Bashar Ben Benjamin Benny Bernard Bernie Beto Betty Bill Bob Bobby Boris Brad
Brandon Brett Brian Bruce Bruno Carl Carla Carlos Carmen Carol Caroline Catherine Charles
Charlie Chen Cheryl Chris Christian Christina Christine Christopher Chrystia Chuck Cindy
Claire Claudia Clement Colin Connor Cory Craig Cristina Dan Daniel Daniela Danielle Dario
David Dean Deborah Denis Dennis Diana Diane Dick Dimitri Dmitry Dmitri Dominic Donald
Doug Douglas Ebrahim Ed Eddie Edgar Edward Edwin Ehud Elena Eli Elijah Elizabeth Ellen
Elon Emily Emma Emmanuel Enrique Eric Erik Ernesto Evan Evo Fatima Felipe Ferdinand
Fernando Francesca Francesco Francis Francisco François Frank Franz Fred Frederick Gabriel
Gary Geert George Georgia Gerald Gerhard Gina Giorgia Giuseppe Glenn Gordon Grace Greg
Gregory Guido Gustavo Hamid Hans Harold Harry Hassan Hatice Heather Heiko Helen Henry
Hillary Hunter Hussein Ian Ibrahim Igor Ilham Imran Isaac Ismail Ivan Jack Jacob Jacques
Jake James Jamal Jan Jane Janet Jared Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy
Jerome Jerrold Jerry Jessica Jill Jim Jimmy Joan Joanna Joe Joel Johan Johann John Johnny
Jon Jonathan Jorge José Joseph Josep Josh Joshua Juan Judith Julia Julian Julie Justin
Kamala Karen Karl Kate Katherine Kathleen Kathy Keir Keith Kelly Ken Kenneth Kevin Kim
Kevin Khalid Khalifa Kirsten Klaus Kristalina Kurt Lars Laura Lauren Leo Leon Leonardo
Li Linda Lindsey Lisa Liz Lloyd Lorenzo Louis Luca Lucas Luis Luiz Luke Lynn Mahmoud
Marco Marcus Margaret Maria María Marie Marine Mario Mark Marta Martin Mary Matteo Matt
Matthew Maurice Max Maxim Megan Mehmet Melania Michael Michel Michelle Miguel Mike
Mikhail Mitch Mitt Mohamed Mohammad Mohammed Muhammad Morgan Moon Mustafa Nadia Nancy
Naftali Naomi Narendra Natalia Nathan Neil Nicholas Nick Nicola Nicolas Nicolás Nikki
Nikolai Nicole Nigel Noah Nora Norbert Olaf Olena Oleksandr Oleksiy Olga Oliver Olivia
Omar Oscar Pamela Pascal Patricia Patrick Paul Paula Pedro Pete Peter Petro Philip
Philippe Pierre Rachel Rafael Rahul Rajiv Ralph Ramzan Randy Raul Raúl Ravi Ray Rebecca
Recep Reza Ricardo Richard Rick Rishi Rob Robert Roberto Robin Rodrigo Roger Roman Ron
Ronald Rosa Ross Ruth Ryan Sadiq Saad Salman Sam Samantha Samuel Sandra Sara Sarah Scott
Sean Sebastian Sebastián Serge Sergei Sergey Shahid Sharon Sheikh Shinzo Shirley Silvio
Simon Sophie Stefan Stephen Steve Steven Susan Suzanne Sylvie Tamim Tanya Tayyip Ted Teresa
Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tulsi Ursula Valerie Vanessa Viktor
Victor Victoria Vincent Vladimir Volodymyr Walter Wang Wanda Wendy William Wolfgang Xi
Jordan Chad Kenya India Israel Chelsea Savannah Sydney Austin Dallas Florence Adelaide
Lincoln Madison Yair Yasser Yevgeny Yoshihide Yulia Yuri Yusuf Zach Zhang Zoe Zoran
""".split())
