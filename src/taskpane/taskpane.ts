import "./sansOffice";
