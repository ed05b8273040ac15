module org.example.reaches {
    requires org.plainpolicy.generator;
}
