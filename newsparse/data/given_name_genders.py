"""Which given names of :data:`~newsparse.data.actor_first_names.FIRST_NAMES` are
conventionally feminine or masculine, so that "she" does not point to Joe Biden.

Source: written for newsparse from the same public lists as the given names (US
Social Security Administration popular-names lists by sex, public domain) and
common knowledge of names in international news.  A name used for either sex in
some language ("Andrea", "Jean", "Nicola"), and East Asian family names written
first ("Xi", "Wang", "Kim"), are in :data:`EITHER` and say nothing.
Licence: same as newsparse (MIT).
"""

from __future__ import annotations

from newsparse.data.actor_first_names import FIRST_NAMES

__all__ = ["EITHER", "FEMININE", "FEMININE_ONLY_HERE", "MASCULINE", "MASCULINE_ONLY_HERE"]

#: given names borne by women
FEMININE: frozenset[str] = frozenset("""
Abigail Ada Adelaide Adriana Agnes Agnès Aileen Aisha Alberta Alejandra Alexandra Alice
Alicia Alina Alison Allison Alma Alyssa Amanda Amber Amelia Amina Aminata Amy Ana Anastasia
Andreea Angela Angelina Anita Anjali Ann Anna Annalena Anne Annie Antonia Asha Audrey Ava
Ayesha Barbara Beatrice Belinda Bernadette Beth Bettina Betty Bianca Brenda Bridget Brigitte
Brooke Caitlin Camila Candace Carina Carla Carmen Carol Caroline Carrie Catherine Cecilia
Celine Chantal Charlotte Chelsea Cheryl Chiara Chloe Christina Christine Christy Chrystia
Cindy Claire Claudia Colleen Constance Corinne Cristina Cynthia Dalia Daniela Danielle Dawn
Deb Debbie Deborah Delia Denise Diana Diane Dilma Dolores Donna Doris Dorothy Edith Edwina
Eileen Elaine Eleanor Elena Elif Elise Eliza Elizabeth Ella Ellen Ellie Eloise Emilia Emily
Emine Emma Erica Erin Esther Eva Evelyn Farah Fatima Fatma Fatou Fernanda Fiona Florence
Frances Francesca Francine Franziska Gabriela Gabrielle Gemma Georgia Gina Giorgia Giulia
Gloria Grace Greta Hailey Hana Hannah Harriet Hatice Heather Heidi Helen Helena Hillary Ida
Imogen India Ines Inés Ingrid Irene Iris Isabel Isabella Isabelle Ivana Jacinda Jacqueline
Jane Janet Janine Jasmine Jeanne Jenna Jennifer Jenny Jessica Jill Joan Joanna Joanne
Jocelyn Joelle Johanna Josefina Josie Joy Joyce Judith Julia Julie Juliet June Justine
Kaitlyn Kamala Karen Karina Karolina Katarina Kate Katharina Katherine Kathleen Kathy Katie
Katrina Kayla Keiko Kemi Kimberly Kira Kirsten Kristalina Kristin Lana Laura Lauren Leah
Leila Lena Lily Lina Linda Lindsey Lisa Liz Lorena Lorraine Louisa Louise Lucia Lucy Luisa
Luz Lydia Lynn Lynne Madison Magdalena Maja Manon Mara Marcela Marcia Margaret Margarita
Margot Maria Mariana Marianne Marie Marina Marine Marjorie Marlene Marta Martha Martina Mary
María Matilda Maureen Maya Megan Meghan Melania Melanie Melissa Mia Michelle Mina Miranda
Miriam Molly Monica Monique Mónica Nadia Nadine Naledi Nancy Naomi Natalia Natalie Nathalie
Neha Ngozi Nicole Nikki Nina Nora Olena Olga Olivia Orla Pamela Pascale Patricia Paula
Paulina Penelope Penny Petra Phoebe Pilar Pooja Priti Priya Rachel Rebecca Rebekah Regina
Renata Rita Robyn Rosa Rosemary Roxana Ruth Sabine Sabrina Samantha Sandra Sara Sarah
Savannah Scarlett Serena Sharon Sheila Shelby Sherry Shirin Shirley Sienna Silvia Siobhan
Sofia Sonia Sophia Sophie Stacey Stefanie Stella Stephanie Suella Susan Susanna Suzanne Suzy
Sylvia Sylvie Tamara Tammy Tanya Tara Tatiana Teresa Thandiwe Theresa Tina Tracy Tulsi Uma
Ursula Valentina Valerie Vanessa Vera Veronica Vicky Victoria Violet Vivian Wanda Wendy
Whitney Yana Yasmin Yasmine Yolanda Yulia Yvette Yvonne Zahra Zainab Zeynep Zoe Zuzana
""".split())

#: given names borne by men and women, or family names written first: no sex
EITHER: frozenset[str] = frozenset("""
Alex Alexis Amal Andrea Angel Ashley Blake Blessing Cameron Casey Chen Cheng Chris Courtney Dana
Dominique Hong Ilham Jackie Jamie Jean Jin Jody Jordan Kai Kay Kelly Kenya Kerry Kim Lee
Leslie Li Lian Lindsay Michele Moon Morgan Nicola Nour Oluwaseun Robin Rowan Sacha Sam Sasha
Shannon Simone Sina Sydney Terry Toni Uche Wang Wei Xi Yan Yara Zhang Zhao
""".split())

#: given names of people in international news that the list of first names lacks: they
#: say which sex "he" or "she" may take up ("Abbas Araghchi", "Paetongtarn Shinawatra"),
#: and find no person on their own (person detection reads FIRST_NAMES only)
MASCULINE_ONLY_HERE: frozenset[str] = frozenset("""
Abbas Abdelmadjid Alassane Asim Assimi Badr Bassirou Bilawal Bola Emmerson Emomali Evariste
Faure Fuad Félix Gurbanguly Hage Haider Hakainde Hossein Isaias Jair Javad Joko Kais Kassym
Macky Mahamat Masoud Mevlut Muhammadu Nabih Najib Nawaz Nikol Nouri Prabowo Prayut Rajnath
Riek Sadyr Salva Saud Serdar Shavkat Shehbaz Shigeru Srettha Subrahmanyam Takeshi Uhuru
Yoshimasa Yoweri
""".split())

#: ... and borne by women
FEMININE_ONLY_HERE: frozenset[str] = frozenset("""
Delcy Dina Droupadi Hasina Kaja Maia Mette Mélanie Nirmala Paetongtarn Roberta Salome
Samia Sanae Smriti Viola Xiomara Yingluck
""".split())

#: the other given names of the list: borne by men
MASCULINE: frozenset[str] = (FIRST_NAMES - FEMININE - EITHER) | MASCULINE_ONLY_HERE
