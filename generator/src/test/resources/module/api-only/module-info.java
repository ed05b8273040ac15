module org.example.uses {
    requires org.plainpolicy.generator;
}
