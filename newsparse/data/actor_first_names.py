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
Abigail Abiy Ada Adriana Agustin Ahmet Aidan Aiden Aileen Alastair Alberta Alec Alejandra Alessandro
Alfonso Alfred Alfredo Ali Alina Alison Alistair Allison Alma Alvaro Alyssa Amadou Amal Amelia
Amina Aminata Amit Anand Anastasia Andreea Andres Andriy Angel Angelo Angus Anita Anjali Annie
Anton Antonia Archie Arjun Armando Arnaud Arturo Asha Ashok Audrey Augusto Aurelio Ava Ayesha
Aziz Barry Beatrice Belinda Ben Benoit Bernadette Bernardo Bernd Beth Bettina Bianca Billy Bjorn
Björn Blake Blessing Bogdan Boyd Bradley Brandon Brenda Brendan Brett Bridget Brigitte Brooke Bryan
Caitlin Callum Calvin Cameron Camila Candace Carina Carlo Carmen Caroline Carrie Casey Cecilia Cedric
Celine Cesar Chantal Charlotte Cheng Chiara Chidi Chinedu Chloe Christoph Christophe Christy Claude Claus
Clay Clifford Clint Cody Colleen Conor Constance Corinne Courtney Craig Cristian Cynthia Cyril César
Dale Dalia Damian Damien Dana Darius Darren Daryl Dave Davide Dawn Deb Debbie Declan
Deepak Delia Denise Derek Desmond Devin Dexter Diego Dilma Dmytro Dolores Dominique Donna Doris
Dorothy Duncan Dustin Dylan Earl Edith Eduard Eduardo Edwina Eileen Elaine Eleanor Elias Elif
Elise Eliza Ella Ellie Eloise Emeka Emil Emilia Emilio Emine Emre Enzo Erica Erin
Ernst Esther Ethan Eugene Eva Evelyn Fabian Fabio Faisal Farah Farid Fatma Fatou Federico
Felix Fernanda Filip Fiona Frances Francine Franco Franziska Freddie Frederik Fumio Gabriela Gabrielle Gareth
Gavin Gemma Geoffrey Gerard Gerardo Gianni Gilbert Gilles Gina Giovanni Giulia Glen Gloria Gonzalo
Graham Grant Greta Guillaume Gunnar Gustav Hailey Hakan Hamza Hana Hannah Harald Harriet Haruki
Harvey Hasan Heidi Heinz Helena Helmut Henri Henrik Herbert Hiroshi Hong Horst Howard Hugh
Hugo Hussain Ibrahim Ibrahima Ida Ignacio Ilya Imogen Ines Ingrid Inés Irene Iris Isabel
Isabella Isabelle Ismael Ivana Jacinda Jack Jackie Jacob Jacqueline Jaime Jake Jamie Janet Janine
Jasmine Javed Jay Jayden Jean-Claude Jean-Luc Jean-Marie Jean-Pierre Jeanne Jenna Jenny Jesper Jesús Jin
Joanne Jocelyn Jody Joelle Johanna Jonas Jordi Josefina Joshua Josie Joy Joyce Jude Jules
Julien Juliet June Justine Kai Kaitlyn Kamal Karim Karina Karl Karolina Kasper Katarina Kate
Katharina Katie Katrina Kay Kayla Keiko Kemi Ken Kenji Kerry Kieran Kimberly Kira Kirk
Klaus Kofi Krishna Kristin Kurt Kwame Kyle Lana Lance Larry Laszlo Laurent Lawrence Leah
Lee Leila Lena Leonard Leonid Leslie Lewis Liam Lian Lily Lina Lindsay Lionel Liz
Lorena Lorraine Louisa Louise Lucia Lucy Ludwig Luigi Luisa Lukas Luz Lydia Lynne László
Magdalena Mahmud Maja Malcolm Mamadou Manon Manuel Mara Marcel Marcela Marcia Marek Margarita Margot
Mariana Marianne Marina Marius Marjorie Marlene Martha Martina Marvin Mateo Mathias Matilda Matthias Maureen
Maurizio Maxime Maya Meghan Mehdi Melanie Melissa Mia Michal Michał Michele Miguel Mikael Milan
Miles Milos Mina Miranda Miriam Mitchell Mohamad Mohsen Molly Monica Monique Moussa Muhammed Murat
Murray Mónica Nabil Nadine Naledi Nasser Natalie Nathalie Nathaniel Neha Nelson Nestor Ngozi Niall
Nico Nikita Nikola Nina Noel Nora Norman Nour Nuno Olivier Oluwaseun Omar Orla Oscar
Oskar Ousmane Owen Pablo Paolo Pascale Patrice Patrik Paulina Pavel Pedro Penelope Penny Per
Petra Phil Philipp Phoebe Pierre-Yves Pietro Pilar Pooja Priti Priya Rachel Rachid Rafael Raj
Rajesh Ramon Ramón Randall Raphael Rashid Raymond Rebekah Regina Reinhard Renata René Ricardo Rishi
Rita Robbie Robyn Rocco Rodney Roland Rolf Romain Ronan Rory Rosa Rosemary Ross Rowan
Roxana Ruben Rubén Rudolf Rui Rupert Ruslan Russell Ryan Sabine Sabrina Sacha Saeed Sajid
Salim Salvatore Sami Samir Sandeep Sanjay Santiago Sarah Sasha Saul Scarlett Scott Sebastien Selim
Serena Sergio Seth Seydou Shane Shannon Shaun Sheila Shelby Sherry Shinji Shirin Sid Siddharth
Sienna Silvia Simone Sina Siobhan Sofia Sonia Sophia Stacey Stan Stanley Stefanie Stella Stephanie
Stuart Suella Sunil Susanna Suzy Sven Sylvia Tamara Tammy Tanvir Tara Taro Tatiana Ted
Teodor Terence Terry Thabo Thandiwe Theo Thierry Thor Tiago Timur Tobias Toby Todd Tom
Tomas Tomás Toni Tony Tracy Trevor Tristan Troy Tunde Tyler Uche Uma Uri Valentin
Valentina Vanessa Vasily Vera Veronica Vicente Vicky Vijay Vikram Vincenzo Violet Vivian Vladislav Walid
Warren Wayne Wei Wesley Whitney Will Willem Wilson Xavier Yan Yana Yannick Yara Yasmin
Yasmine Yolanda Yosef Youssef Yulia Yusuf Yves Yvette Yvonne Zahra Zainab Zeynep Zhao Zoltan
Zuzana
Osama Usama Mullah Haibatullah Hibatullah Sirajuddin Abubakar Atiku Ibrahima
""".split())

#: Family names written first in Chinese, Korean and Vietnamese names ("Xi Jinping",
#: "Moon Jae-in", "Nguyen Xuan Phuc"): a later lone "Xi" or "Moon" is that person.
#: Source: the most common family names in the national census summaries of China,
#: South Korea and Vietnam (public facts).
FAMILY_NAME_FIRST: frozenset[str] = frozenset("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou
Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Dai Kong
Xiang Xi Hu Wen Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn
Yoo Hong Jeon Ko Moon Son Bae Baek Heo Nam Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang
Bui Ngo Duong Ly
""".split())

#: Vietnamese family names (with and without their diacritics): a Vietnamese person is
#: referred to by the last word of the name, the given name ("Pham Minh Chinh" ...
#: "Chinh said", "To Lam" ... "Lam"), as Vietnamese and English-language news do (AP
#: Stylebook, "Vietnamese names"). Source: the most common family names of Vietnam's
#: census summaries (public facts).
VIETNAMESE_FAMILY_NAMES: frozenset[str] = frozenset("""
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng
Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý To Tô Luong Lương Dinh Đinh Truong Trương
""".split())
